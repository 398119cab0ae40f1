// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Platform.h"
#include "text/TextCount.h"

namespace CreatorDesk {

// One platform's count of a text, as the counter bar and the CLI show it.
struct PlatformCount
{
    Platform platform = Platform::Twitter;
    int length = 0; // in the platform's own unit (X: weighted length; Bluesky: graphemes)
    int limit = 0;
    bool valid = false;
    int permillage = 0; // of the limit used, rounded down; X's own figure for X
    qsizetype overLimitStart = -1;
    qsizetype overLimitLength = 0;
};

} // namespace CreatorDesk
