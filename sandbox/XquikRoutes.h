// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Router.h"

namespace CreatorDesk::Sandbox {

// Xquik under /xquik/api/v1: account, API key management and one MPP-eligible X read.
class XquikRoutes final
{
public:
    static void registerRoutes(Router &router);
};

} // namespace CreatorDesk::Sandbox
