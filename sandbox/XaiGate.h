// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "Records.h"
#include "RequestContext.h"

#include <cstdint>

namespace CreatorDesk::Sandbox {

// The xai-key check and the per-key rate limit shared by every authenticated xAIcreator route.
// Callers hold the state mutex.
class XaiGate final
{
public:
    // Returns the key's user or throws 401 INVALID_API_KEY / 403 RATE_LIMITED. Sets the
    // X-RateLimit-* headers on the response and updates the key's lastUsed.
    static XaiUser &authenticate(RequestContext &context);
    // The answer to a spent window that resets at `resetEpoch`: 403 {"success":false,"error":
    // "RATE_LIMITED",...} with X-RateLimit-Limit/Remaining (0)/Reset, all that 003 documents;
    // with rateLimitStatus 429, a 429 that also has Retry-After and retry_after.
    static ApiError rateLimited(const SandboxState &state, std::int64_t resetEpoch);
    // 402 INSUFFICIENT_CREDITS unless the user can pay `required`.
    static void requireCredits(const SandboxState &state, const XaiUser &user, int required);
};

} // namespace CreatorDesk::Sandbox
