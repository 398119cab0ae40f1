// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace CreatorDesk {

// Bytes the text takes in UTF-8, without converting it. A lone surrogate is sent as U+FFFD
// (3 bytes), as QString::toUtf8() does.
inline qsizetype utf8Length(QStringView text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
                   text.at(i + 1).isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

} // namespace CreatorDesk
