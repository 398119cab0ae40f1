// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/PlatformCounts.h"

#include <QList>
#include <QStringList>

namespace CreatorDesk {

// "Split into thread": cuts a long text into posts that each fit every selected platform,
// at sentence boundaries where possible, then at word (line-break) boundaries, and inside a
// word only when one word is longer than a post. Whitespace at a cut is dropped; nothing else
// is lost or reordered. With numbering, " i/n" ends every post and counts in its length.
class ThreadSplitter final
{
public:
    struct Options
    {
        QList<Platform> platforms{Platform::Twitter};
        bool numbering = false;
        PlatformCounts::Settings settings;
    };

    static QStringList split(const QString &text, const Options &options);
    // " 2/7", the text numbering appends.
    static QString numberSuffix(int index, int total);
    // True when `text` is valid on every platform of `options`.
    static bool fits(const QString &text, const Options &options);
};

} // namespace CreatorDesk
