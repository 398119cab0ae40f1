// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Router.h"

namespace CreatorDesk::Sandbox {

// The generic API of seed 004 under /example/v1: list and revoke API keys.
class ExampleRoutes final
{
public:
    static void registerRoutes(Router &router);
};

} // namespace CreatorDesk::Sandbox
