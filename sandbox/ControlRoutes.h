// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultInjector.h"
#include "RequestLog.h"
#include "Router.h"
#include "SandboxOptions.h"

#include <nlohmann/json.hpp>

namespace CreatorDesk::Sandbox {

// /_sandbox/...: the tests' control plane (health, reset, stats, faults, limits, credits,
// the log of requests received).
// Never faulted or rate limited.
class ControlRoutes final
{
public:
    static void registerRoutes(Router &router, FaultInjector &faults, RequestLog &requests,
                               const nlohmann::json &seed, const SandboxOptions &options);
};

} // namespace CreatorDesk::Sandbox
