// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/TextCount.h"

#include <QString>

namespace CreatorDesk {

// Threads: 500. Meta documents that emoji count as their UTF-8 bytes, so an emoji sequence
// (EmojiSequence) costs its UTF-8 length and every other code point 1.
class ThreadsCounter final
{
public:
    static constexpr int kMaxLength = 500;
    // Also documented: at most 5 links a post. Reported by the caller; not part of the length.
    static constexpr int kMaxLinks = 5;

    static TextCount count(const QString &text);
};

} // namespace CreatorDesk
