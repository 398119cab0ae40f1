// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Router.h"

namespace CreatorDesk::Sandbox {

// oqui under /oqui/api/v1: POST /assess with bearer keys, credits and 60 requests a minute.
class OquiRoutes final
{
public:
    static constexpr int requestsPerMinute = 60;
    static void registerRoutes(Router &router);
};

} // namespace CreatorDesk::Sandbox
