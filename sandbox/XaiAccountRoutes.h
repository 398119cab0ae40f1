// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Router.h"

namespace CreatorDesk::Sandbox {

// xAIcreator sign-in and account routes: email login, Google/Twitter OAuth (with the sandbox's
// own consent page at /oauth/authorize), API keys, X account connection, social sets, credits.
class XaiAccountRoutes final
{
public:
    static void registerRoutes(Router &router, bool oauthEnabled);
};

} // namespace CreatorDesk::Sandbox
