// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/ExtractedUrl.h"

#include <QList>

namespace CreatorDesk {

// Finds URLs the way twitter-text's extractor does (extractUrlsWithIndices): a host that ends in
// a known TLD (TwitterTlds.inc) or is punycode, with or without http(s)://, not glued to a
// preceding letter, digit, @, $ or #, and a scheme-less one not after - _ . or /. Labels must
// encode to 1..63 DNS characters; t.co links stop after their slug.
class UrlExtractor final
{
public:
    enum class Mode {
        // X: URLs with or without a scheme.
        Twitter,
        // Mastodon: only URLs with a scheme count; its server also accepts a few more schemes.
        SchemeRequired,
    };

    static QList<ExtractedUrl> extract(const QString &text, Mode mode = Mode::Twitter);
};

} // namespace CreatorDesk
