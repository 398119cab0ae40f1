// SPDX-License-Identifier: GPL-3.0-or-later
#include "XaiGate.h"

#include "ApiError.h"
#include "SandboxState.h"

namespace CreatorDesk::Sandbox {

XaiUser &XaiGate::authenticate(RequestContext &context)
{
    SandboxState &state = context.state;
    const std::string key = context.header("xai-key");
    if (key.empty()) {
        throw ApiError::xai(401, "INVALID_API_KEY",
                            "The xai-key header is missing. Send your API key in it.");
    }
    const auto found = state.xaiKeys.find(Util::sha256Hex(key));
    if (found == state.xaiKeys.end() || !state.users.count(found->second.userId)) {
        throw ApiError::xai(401, "INVALID_API_KEY", "The API key is invalid or has been revoked.");
    }

    // Fixed window per key, started by the key's first request.
    const auto now = Util::Clock::now();
    RateWindow &window = state.rateWindows[found->first];
    const auto length = std::chrono::seconds(state.rateWindowSeconds);
    if (window.count == 0 || now >= window.start + length) {
        window.start = now;
        window.count = 0;
    }
    ++window.count;
    const auto reset = Util::toEpochSeconds(window.start + length);
    context.response.set_header("X-RateLimit-Limit", std::to_string(state.rateLimit));
    context.response.set_header("X-RateLimit-Remaining",
                                std::to_string(std::max(0, state.rateLimit - window.count)));
    context.response.set_header("X-RateLimit-Reset", std::to_string(reset));
    if (window.count > state.rateLimit) {
        const auto retryAfter = std::max<std::int64_t>(1, reset - Util::toEpochSeconds(now));
        nlohmann::json body = {{"success", false},
                               {"error", "RATE_LIMITED"},
                               {"message", "Rate limit of " + std::to_string(state.rateLimit) +
                                               " requests reached; try again in " +
                                               std::to_string(retryAfter) + " seconds."},
                               {"retry_after", retryAfter}};
        throw ApiError(429, body, {{"Retry-After", std::to_string(retryAfter)}});
    }

    found->second.lastUsed = Util::nowIso();
    return state.users.at(found->second.userId);
}

void XaiGate::requireCredits(const SandboxState &state, const XaiUser &user, int required)
{
    const int available = state.availableCredits(user);
    if (available >= required)
        return;
    nlohmann::json body = {{"success", false},
                           {"error", "INSUFFICIENT_CREDITS"},
                           {"message", "This needs " + std::to_string(required) + " credits; " +
                                           std::to_string(available) + " are available."},
                           {"creditsRequired", required},
                           {"creditsAvailable", available}};
    throw ApiError(402, body);
}

} // namespace CreatorDesk::Sandbox
