// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/ThreadsCounter.h"

#include "text/EmojiSequence.h"
#include "text/Utf8Length.h"

namespace CreatorDesk {

TextCount ThreadsCounter::count(const QString &text)
{
    TextCount result;
    result.limit = kMaxLength;
    qint64 length = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype start = i;
        const qsizetype emoji =
            EmojiSequence::mayStartAt(text[i].unicode()) ? EmojiSequence::lengthAt(text, i) : 0;
        if (emoji > 0) {
            length += utf8Length(QStringView(text).mid(i, emoji));
            i += emoji;
        } else {
            const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() &&
                              text.at(i + 1).isLowSurrogate();
            length += 1;
            i += pair ? 2 : 1;
        }
        if (!result.isOverLimit() && length > kMaxLength) {
            result.overLimitStart = start;
            result.overLimitLength = text.size() - start;
        }
    }
    result.length = int(qMin(length, qint64(INT_MAX)));
    result.valid = result.length > 0 && !result.isOverLimit();
    return result;
}

} // namespace CreatorDesk
