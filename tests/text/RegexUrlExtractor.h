// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/UrlExtractor.h"

namespace CreatorDesk::Testing {

// twitter-text's URL pattern as one PCRE regex: the reference tst_urlgrammar compares
// UrlExtractor's hand-written grammar with. PCRE and JavaScript read a few characters
// differently (see tst_urlgrammar), and PCRE finds no URL in a text with a lone surrogate.
class RegexUrlExtractor final
{
public:
    static QList<ExtractedUrl> extract(const QString &text,
                                       UrlExtractor::Mode mode = UrlExtractor::Mode::Twitter);
};

} // namespace CreatorDesk::Testing
