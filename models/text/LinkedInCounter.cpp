// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/LinkedInCounter.h"

namespace CreatorDesk {

TextCount LinkedInCounter::count(const QString &text)
{
    TextCount result{int(qMin(text.size(), qsizetype(INT_MAX))), kMaxLength, false};
    if (text.size() > kMaxLength) {
        result.overLimitStart = kMaxLength;
        result.overLimitLength = text.size() - kMaxLength;
    }
    result.valid = result.length > 0 && !result.isOverLimit();
    return result;
}

} // namespace CreatorDesk
