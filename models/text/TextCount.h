// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace CreatorDesk {

// One platform's verdict on one text, in that platform's unit. The over-limit range is in UTF-16
// indices of the text as the person typed it, so an editor can highlight it directly.
struct TextCount
{
    int length = 0;
    int limit = 0;
    bool valid = false;
    qsizetype overLimitStart = -1; // -1 when the text fits
    qsizetype overLimitLength = 0;

    bool isOverLimit() const { return overLimitStart >= 0; }
};

} // namespace CreatorDesk
