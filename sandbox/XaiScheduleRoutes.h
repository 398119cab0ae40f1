// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Router.h"

namespace CreatorDesk::Sandbox {

// POST, GET and DELETE /api/v1/twitter/schedule: queue items that the Scheduler publishes.
class XaiScheduleRoutes final
{
public:
    static void registerRoutes(Router &router);
};

} // namespace CreatorDesk::Sandbox
