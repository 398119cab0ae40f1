// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace CreatorDesk {

// What a Mastodon instance allows in a post (its /api/v2/instance, configuration.statuses),
// and when it was read. The defaults are Mastodon's own, used when an instance can't be read.
struct InstanceLimits
{
    static constexpr int DefaultMaxCharacters = 500;
    static constexpr int DefaultReservedPerUrl = 23;

    int maxCharacters = DefaultMaxCharacters;
    int charactersReservedPerUrl = DefaultReservedPerUrl;
    QDateTime readAt; // invalid: never read (the defaults)
};

} // namespace CreatorDesk
