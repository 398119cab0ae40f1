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

    // False for a UTF-16 unit that cannot start an emoji sequence: the checks per character
    // skip nearly everything people type. tst_platformcounters holds it to the tables.
    static constexpr bool mayStartAt(char16_t unit)
    {
        return (unit >= u'0' && unit <= u'9') || unit == u'#' || unit == u'*' || unit == 0xA9 ||
               unit == 0xAE || (unit >= 0x203C && unit <= 0x2B55) || unit == 0x3030 ||
               unit == 0x303D || unit == 0x3297 || unit == 0x3299 ||
               (unit >= 0xD800 && unit <= 0xDBFF);
    }

    static bool isEmoji(char32_t codePoint);
    static bool isExtendedPictographic(char32_t codePoint);
    static QString unicodeVersion();
};

} // namespace CreatorDesk
