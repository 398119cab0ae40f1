// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Router.h"

namespace CreatorDesk::Sandbox {

// Immediate publishing: /twitter/publish (idempotent by jobId), /twitter/quote,
// /publish/multi-platform and the four single-platform endpoints. 10 credits per post. Unless
// mediaLossAllowed, a draft's text sent to a platform endpoint without its media's URLs is
// refused (README, "Lost media").
class XaiPublishRoutes final
{
public:
    static void registerRoutes(Router &router, bool mediaLossAllowed = false);
};

} // namespace CreatorDesk::Sandbox
