// SPDX-License-Identifier: GPL-3.0-or-later
#include "XaiGate.h"

#include "ApiError.h"
#include "SandboxState.h"

namespace CreatorDesk::Sandbox {

namespace {
// Rounded up: a client that waits until the reset must find the window over.
std::int64_t ceilEpochSeconds(Util::TimePoint when)
{
    return std::chrono::ceil<std::chrono::seconds>(when.time_since_epoch()).count();
}
} // namespace

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
    const auto reset = ceilEpochSeconds(window.start + length);
    if (window.count > state.rateLimit)
        throw rateLimited(state, reset);
    context.response.set_header("X-RateLimit-Limit", std::to_string(state.rateLimit));
    context.response.set_header("X-RateLimit-Remaining",
                                std::to_string(std::max(0, state.rateLimit - window.count)));
    context.response.set_header("X-RateLimit-Reset", std::to_string(reset));

    found->second.lastUsed = Util::nowIso();
    return state.users.at(found->second.userId);
}

ApiError XaiGate::rateLimited(const SandboxState &state, std::int64_t resetEpoch)
{
    const auto wait =
        std::max<std::int64_t>(1, resetEpoch - Util::toEpochSeconds(Util::Clock::now()));
    nlohmann::json body = {{"success", false},
                           {"error", "RATE_LIMITED"},
                           {"message", "Rate limit of " + std::to_string(state.rateLimit) +
                                           " requests reached; try again in " +
                                           std::to_string(wait) + " seconds."}};
    std::map<std::string, std::string> headers = {
        {"X-RateLimit-Limit", std::to_string(state.rateLimit)},
        {"X-RateLimit-Remaining", "0"},
        {"X-RateLimit-Reset", std::to_string(resetEpoch)}};
    if (state.rateLimitStatus == 429) {
        body["retry_after"] = wait;
        headers["Retry-After"] = std::to_string(wait);
    }
    return ApiError(state.rateLimitStatus, std::move(body), std::move(headers));
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
