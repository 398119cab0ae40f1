// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace CreatorDesk {

// Finds the emoji sequences that X (twitter-text v3) and Threads count as one unit: ZWJ
// sequences, skin-tone modifiers, flags (only RGI pairs; any other regional indicator is an emoji
// on its own), keycaps, tag sequences and single emoji symbols, including text-presentation ones
// such as U+263A and U+2764 without VS16. Bare (C), (R) and TM are not emoji: people type them as
// text, and twemoji, which twitter-text uses, leaves them. The property tables and the flag pairs
// come from ICU and are committed (EmojiTable.inc).
class EmojiSequence final
{
public:
    // UTF-16 length of the emoji sequence starting at `position`, or 0 if none starts there.
    static qsizetype lengthAt(QStringView text, qsizetype position);

    static bool isEmoji(char32_t codePoint);
    static bool isExtendedPictographic(char32_t codePoint);
    static QString unicodeVersion();
};

} // namespace CreatorDesk
