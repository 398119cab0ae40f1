// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace CreatorDesk {

// The top-level domains twitter-text knows (TwitterTlds.inc), matched as its URL grammar does:
// the generic ones first, then the country ones, then punycode ("xn--…"); a known TLD only
// where no ASCII letter, digit, '@', '+' or '-' follows, the longer of two that share a prefix
// first; case-insensitive.
class TopLevelDomains final
{
public:
    // Length of the TLD that starts at `position` of `text`, 0 when none does.
    static qsizetype matchAt(QStringView text, qsizetype position);
};

} // namespace CreatorDesk
