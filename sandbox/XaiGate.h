// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "RequestContext.h"

namespace CreatorDesk::Sandbox {

// The xai-key check and the per-key rate limit shared by every authenticated xAIcreator route.
// Callers hold the state mutex.
class XaiGate final
{
public:
    // Returns the key's user or throws 401 INVALID_API_KEY / 429 RATE_LIMITED. Sets the
    // X-RateLimit-* headers on the response and updates the key's lastUsed.
    static XaiUser &authenticate(RequestContext &context);
    // 402 INSUFFICIENT_CREDITS unless the user can pay `required`.
    static void requireCredits(const SandboxState &state, const XaiUser &user, int required);
};

} // namespace CreatorDesk::Sandbox
