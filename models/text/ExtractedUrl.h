// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CreatorDesk {

// A URL found in a text: its text as the extractor reports it and its place, in UTF-16 units.
struct ExtractedUrl
{
    QString url;
    qsizetype start = 0;
    qsizetype length = 0;
    bool hasScheme = false;

    qsizetype end() const { return start + length; }
};

} // namespace CreatorDesk
