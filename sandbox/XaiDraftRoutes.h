// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "Router.h"

#include <nlohmann/json.hpp>

namespace CreatorDesk::Sandbox {

struct SandboxState;

// GET/POST /api/v1/twitter/drafts, plus the draft lookups the publish and schedule routes share.
class XaiDraftRoutes final
{
public:
    static void registerRoutes(Router &router);

    static nlohmann::json draftJson(const Draft &draft);
    // The user's draft, or 404 NOT_FOUND / 403 UNAUTHORIZED.
    static Draft &ownedDraft(SandboxState &state, const XaiUser &user, const std::string &id);
    // The user's account, or 404 NOT_FOUND / 403 UNAUTHORIZED.
    static SocialAccount &ownedAccount(SandboxState &state, const XaiUser &user,
                                       const std::string &accountId);
};

} // namespace CreatorDesk::Sandbox
