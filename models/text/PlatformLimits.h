// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/MastodonCounter.h"

namespace CreatorDesk {

// The limits of the accounts a text goes to (AccountLimits): the defaults are what every
// account of the platform allows.
struct PlatformLimits
{
    bool xPremium = false; // X Premium: 25,000 weighted characters
    MastodonCounter::Settings mastodon;

    bool operator==(const PlatformLimits &) const = default;
};

} // namespace CreatorDesk
