// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/TextCount.h"

namespace CreatorDesk {

// twitter-text's parseTweet result. Ranges are inclusive UTF-16 indices into the original text.
struct TwitterCount
{
    int weightedLength = 0;
    int maxWeightedLength = 280;
    bool valid = false;
    int permillage = 0;
    qsizetype displayRangeStart = 0;
    qsizetype displayRangeEnd = 0;
    qsizetype validRangeStart = 0;
    qsizetype validRangeEnd = 0;
    qsizetype textLength = 0; // of the original text, to derive the over-limit range

    TextCount toTextCount() const
    {
        TextCount count{weightedLength, maxWeightedLength, valid};
        if (weightedLength > maxWeightedLength && validRangeEnd + 1 < textLength) {
            count.overLimitStart = validRangeEnd + 1;
            count.overLimitLength = textLength - count.overLimitStart;
        }
        return count;
    }
};

} // namespace CreatorDesk
