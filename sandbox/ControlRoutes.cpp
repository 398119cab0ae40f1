// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlRoutes.h"

#include "ApiError.h"
#include "JsonInput.h"
#include "SandboxState.h"

namespace CreatorDesk::Sandbox {

using nlohmann::json;

namespace {

void send(RequestContext &context, const json &body)
{
    context.response.set_content(body.dump(), "application/json");
}

json stats(const SandboxState &state)
{
    json jobs = json::object();
    for (const auto &[jobId, job] : state.jobs)
        jobs[jobId] = job.executions;
    json schedules = {{"scheduled", 0}, {"publishing", 0}, {"published", 0}, {"failed", 0}};
    for (const ScheduleItem &item : state.schedules)
        schedules[item.status] = schedules[item.status].get<int>() + 1;
    json credits = json::object();
    for (const auto &[id, user] : state.users)
        credits[user.email] = state.availableCredits(user);
    return {{"requests", state.requestCount},   {"jobs", jobs},
            {"schedules", schedules},           {"mediaUploadedBytes", state.mediaBytes},
            {"mediaCount", state.media.size()}, {"credits", credits}};
}

} // namespace

void ControlRoutes::registerRoutes(Router &router, FaultInjector &faults, RequestLog &requests,
                                   const json &seed, const SandboxOptions &options)
{
    router.add("GET", "/_sandbox/requests",
               [&requests](RequestContext &c) { send(c, requests.toJson()); });
    router.add("POST", "/_sandbox/requests/clear", [&requests](RequestContext &c) {
        requests.clear();
        send(c, {{"ok", true}});
    });
    router.add("GET", "/_sandbox/health", [](RequestContext &c) { send(c, {{"ok", true}}); });
    router.add("POST", "/_sandbox/reset", [&seed, options](RequestContext &c) {
        c.state.load(seed);
        c.state.rateLimit = options.rateLimit;
        c.state.rateWindowSeconds = options.rateWindowSeconds;
        c.state.rateLimitStatus = options.rateLimitStatus;
        send(c, {{"ok", true}});
    });
    router.add("GET", "/_sandbox/stats", [](RequestContext &c) { send(c, stats(c.state)); });
    router.add("POST", "/_sandbox/faults", [&faults](RequestContext &c) {
        const JsonInput input(c.body);
        FaultInjector::Settings settings = faults.settings();
        settings.latencyMs =
            static_cast<int>(input.optionalNumber("latencyMs").value_or(settings.latencyMs));
        settings.latencyJitterMs = static_cast<int>(
            input.optionalNumber("latencyJitterMs").value_or(settings.latencyJitterMs));
        settings.errorRate = input.optionalNumber("errorRate").value_or(settings.errorRate);
        settings.rateLimitedRate =
            input.optionalNumber("rateLimitedRate").value_or(settings.rateLimitedRate);
        settings.dropRate = input.optionalNumber("dropRate").value_or(settings.dropRate);
        settings.dropAfterHandlingRate =
            input.optionalNumber("dropAfterHandlingRate").value_or(settings.dropAfterHandlingRate);
        faults.setSettings(settings);
        send(c, faults.toJson());
    });
    router.add("POST", "/_sandbox/rate-limit", [](RequestContext &c) {
        const JsonInput input(c.body);
        // The status of the answer to a spent window: 403 as documented, or 429.
        const auto status = input.optionalNumber("status").value_or(c.state.rateLimitStatus);
        if (status != 403 && status != 429)
            throw ApiError::invalidInput("status must be 403 or 429.");
        c.state.rateLimitStatus = static_cast<int>(status);
        c.state.rateLimit =
            static_cast<int>(input.optionalNumber("limit").value_or(c.state.rateLimit));
        c.state.rateWindowSeconds = static_cast<int>(
            input.optionalNumber("windowSeconds").value_or(c.state.rateWindowSeconds));
        c.state.rateWindows.clear(); // new settings start fresh windows
        send(c, {{"limit", c.state.rateLimit},
                 {"windowSeconds", c.state.rateWindowSeconds},
                 {"status", c.state.rateLimitStatus}});
    });
    router.add("POST", "/_sandbox/expire-credits", [](RequestContext &c) {
        const JsonInput input(c.body);
        XaiUser *user = c.state.userByEmail(input.requiredString("email"));
        if (!user)
            throw ApiError::notFound("No user with this email.");
        user->balance = static_cast<int>(input.optionalNumber("balance").value_or(0));
        if (input.optionalBool("expired").value_or(false))
            user->creditsExpireAt = Util::Clock::now() - std::chrono::seconds(1);
        send(c, {{"email", user->email},
                 {"balance", user->balance},
                 {"expiresAt", Util::toIso(user->creditsExpireAt)}});
    });
}

} // namespace CreatorDesk::Sandbox
