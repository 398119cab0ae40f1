// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace CreatorDesk {

// The length of a domain label once encoded for DNS (RFC 3492 Punycode with the "xn--" prefix
// when the label is not ASCII). twitter-text rejects a URL whose encoded label is empty or
// longer than 63, so only the length is needed.
class Punycode final
{
public:
    static qsizetype encodedLabelLength(QStringView label);
};

} // namespace CreatorDesk
