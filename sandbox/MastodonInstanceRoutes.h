// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Router.h"

namespace CreatorDesk::Sandbox {

// A Mastodon server's public instance endpoint (GET /api/v2/instance, no key), so that the
// client's reading of an instance's character limit is tested against real HTTP. The limits it
// answers are set with POST /_sandbox/mastodon-instance {max_characters,
// characters_reserved_per_url}; by default Mastodon's own 500 and 23.
class MastodonInstanceRoutes final
{
public:
    static void registerRoutes(Router &router);
};

} // namespace CreatorDesk::Sandbox
