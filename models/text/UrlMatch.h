// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace CreatorDesk {

// One match of twitter-text's URL pattern (extractUrl) in a text, in UTF-16 units: the groups
// its extractor reads.
struct UrlMatch
{
    qsizetype precedingStart = -1; // the character before the URL, -1 at the start of the text
    qsizetype start = 0;           // the URL, scheme included
    qsizetype schemeLength = 0;    // "https://", 0 without a scheme
    qsizetype hostStart = 0;
    qsizetype hostEnd = 0;
    qsizetype pathLength = 0; // the path with its leading '/', 0 without one
    qsizetype end = 0;        // after port, path and query

    qsizetype length() const { return end - start; }
    qsizetype hostLength() const { return hostEnd - hostStart; }
};

} // namespace CreatorDesk
