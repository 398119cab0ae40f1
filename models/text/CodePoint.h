// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace CreatorDesk {

// The code point that starts at `position` of UTF-16 `text`, and in `units` how many code
// units it takes (2 for a surrogate pair; 1 for anything else, a lone surrogate included).
inline char32_t codePointAt(QStringView text, qsizetype position, qsizetype *units)
{
    const QChar first = text.at(position);
    if (first.isHighSurrogate() && position + 1 < text.size() &&
        text.at(position + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(first, text.at(position + 1));
    }
    *units = 1;
    return first.unicode();
}

} // namespace CreatorDesk
