// SPDX-License-Identifier: GPL-3.0-or-later
#include "OquiRoutes.h"

#include "ApiError.h"
#include "SandboxState.h"

namespace CreatorDesk::Sandbox {

using nlohmann::json;

namespace {

void assess(RequestContext &context)
{
    const std::string authorization = context.header("Authorization");
    const std::string key = authorization.rfind("Bearer ", 0) == 0 ? authorization.substr(7) : "";
    auto found = context.state.oquiKeys.find(Util::sha256Hex(key));
    if (key.empty() || found == context.state.oquiKeys.end())
        throw ApiError(401, {{"error", "Invalid API key"}});
    OquiKey &record = found->second;

    const auto now = Util::Clock::now();
    if (record.window.count == 0 || now >= record.window.start + std::chrono::minutes(1)) {
        record.window.start = now;
        record.window.count = 0;
    }
    if (++record.window.count > OquiRoutes::requestsPerMinute) {
        const auto retryAfter = std::max<std::int64_t>(
            1, Util::toEpochSeconds(record.window.start + std::chrono::minutes(1)) -
                   Util::toEpochSeconds(now));
        throw ApiError(429,
                       {{"error", "Rate limit exceeded"},
                        {"retry_after", retryAfter},
                        {"limit", OquiRoutes::requestsPerMinute}},
                       {{"Retry-After", std::to_string(retryAfter)}});
    }

    const json body = json::parse(context.body, nullptr, false);
    if (body.is_discarded() || !body.is_object())
        throw ApiError(400, {{"error", "Request body must be a JSON object"}});
    if (record.credits < 1) {
        throw ApiError(402, {{"error", "Insufficient credits"},
                             {"credits_required", 1},
                             {"credits_available", record.credits}});
    }
    --record.credits;
    context.response.set_content(json{{"id", Util::newUuid()},
                                      {"status", "completed"},
                                      {"score", 0.87},
                                      {"creditsUsed", 1},
                                      {"creditsRemaining", record.credits}}
                                     .dump(),
                                 "application/json");
}

} // namespace

void OquiRoutes::registerRoutes(Router &router)
{
    router.add("POST", "/oqui/api/v1/assess", assess);
}

} // namespace CreatorDesk::Sandbox
