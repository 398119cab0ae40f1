// SPDX-License-Identifier: GPL-3.0-or-later
#include "XaiScheduleRoutes.h"

#include "ApiError.h"
#include "JsonInput.h"
#include "SandboxState.h"
#include "XaiDraftRoutes.h"
#include "XaiGate.h"

#include <QRandomGenerator>

#include <algorithm>

namespace CreatorDesk::Sandbox {

using nlohmann::json;

namespace {

constexpr int maxJitterSeconds = 180;

json optionalJson(const std::optional<std::string> &value)
{
    return value ? json(*value) : json(nullptr);
}

void schedule(RequestContext &context)
{
    XaiUser &user = XaiGate::authenticate(context);
    const JsonInput input(context.body);
    SandboxState &state = context.state;
    const std::string draftId = input.requiredString("draftId");
    if (!input.has("scheduledFor"))
        throw ApiError::invalidInput("scheduledFor is required.");
    const auto when = input.requiredTime("scheduledFor");
    if (when <= Util::Clock::now())
        throw ApiError::invalidInput("scheduledFor must be in the future.");
    const std::string platform = input.optionalEnum(
        "platform", {"twitter", "bluesky", "mastodon", "threads", "linkedin"}, "twitter");
    const double priority = input.optionalNumber("priority").value_or(0);
    const bool applyJitter = input.optionalBool("applyJitter").value_or(true);
    const auto legacyAccount = input.optionalString("accountUuid");
    const auto list = input.optionalArray("targetAccounts");
    Draft &draft = XaiDraftRoutes::ownedDraft(state, user, draftId);

    // accountId and platform; no platform: the account's own. The legacy default (twitter)
    // belongs to accountUuid only: the draft's selected accounts may be on any platform.
    std::vector<std::pair<std::string, std::string>> targets;
    if (list && !list->empty()) {
        for (size_t i = 0; i < list->size(); ++i) {
            const JsonInput item(list->at(i), "targetAccounts[" + std::to_string(i) + "]");
            const std::string accountId = item.requiredString("accountId");
            const std::string itemPlatform = item.optionalEnum(
                "platform", {"twitter", "bluesky", "mastodon", "threads", "linkedin"}, "");
            targets.emplace_back(accountId, itemPlatform);
        }
    } else if (legacyAccount) {
        targets.emplace_back(*legacyAccount, platform);
    } else {
        for (const std::string &id : draft.selectedAccountIds)
            targets.emplace_back(id, input.has("platform") ? platform : "");
    }
    if (targets.empty()) {
        throw ApiError::invalidInput(
            "targetAccounts (or accountUuid) is required when the draft has no selected accounts.");
    }
    for (auto &[accountId, targetPlatform] : targets) {
        const SocialAccount &account = XaiDraftRoutes::ownedAccount(state, user, accountId);
        if (targetPlatform.empty())
            targetPlatform = account.platform;
        if (account.platform != targetPlatform)
            throw ApiError::invalidInput("Account " + accountId + " is a " + account.platform +
                                         " account, not " + targetPlatform + ".");
    }

    json queueIds = json::array();
    const std::string scheduledFor = Util::toIso(when);
    for (const auto &[accountId, targetPlatform] : targets) {
        ScheduleItem item;
        item.id = Util::newUuid();
        item.draftId = draft.id;
        item.userId = user.uuid;
        item.scheduledFor = scheduledFor;
        item.jitterSeconds = applyJitter ? QRandomGenerator::global()->bounded(-maxJitterSeconds,
                                                                               maxJitterSeconds + 1)
                                         : 0;
        item.dueAt = when + std::chrono::seconds(item.jitterSeconds);
        item.priority = priority;
        item.createdAt = Util::nowIso();
        item.platform = targetPlatform;
        item.accountUuid = accountId;
        state.schedules.push_back(item);
        queueIds.push_back(item.id);
    }
    draft.status = "scheduled";
    draft.scheduledFor = scheduledFor;
    draft.updatedAt = Util::nowIso();
    context.response.set_content(json{{"message", "Draft scheduled successfully"},
                                      {"queueIds", queueIds},
                                      {"scheduledFor", scheduledFor},
                                      {"accountCount", targets.size()}}
                                     .dump(),
                                 "application/json");
}

void listSchedules(RequestContext &context)
{
    const XaiUser &user = XaiGate::authenticate(context);
    SandboxState &state = context.state;
    json schedules = json::array();
    for (const ScheduleItem &item : state.schedules) {
        if (item.userId != user.uuid)
            continue;
        const auto draft = state.drafts.find(item.draftId);
        schedules.push_back(
            {{"id", item.id},
             {"draftId", item.draftId},
             {"draftTitle",
              draft == state.drafts.end() ? json(nullptr) : json(draft->second.title)},
             {"scheduledFor", item.scheduledFor},
             {"priority", item.priority},
             {"attempts", item.attempts},
             {"createdAt", item.createdAt},
             {"platform", item.platform},
             {"accountUuid", item.accountUuid},
             {"status", item.status},
             {"lastError", optionalJson(item.lastError)},
             {"lastAttemptAt", optionalJson(item.lastAttemptAt)},
             {"publishedUrl", optionalJson(item.publishedUrl)},
             {"jitterSeconds", item.jitterSeconds}});
    }
    context.response.set_content(json{{"schedules", schedules}}.dump(), "application/json");
}

void cancelSchedule(RequestContext &context)
{
    const XaiUser &user = XaiGate::authenticate(context);
    const std::string draftId = context.query("draftId");
    if (draftId.empty())
        throw ApiError::invalidInput("draftId query parameter is required.");
    SandboxState &state = context.state;
    Draft &draft = XaiDraftRoutes::ownedDraft(state, user, draftId);
    const auto removed = std::erase_if(state.schedules, [&](const ScheduleItem &item) {
        return item.draftId == draftId && item.status == "scheduled";
    });
    if (removed == 0)
        throw ApiError::notFound("The draft has no pending schedule.");
    draft.status = "draft";
    draft.scheduledFor.reset();
    draft.updatedAt = Util::nowIso();
    context.response.set_content(
        json{{"success", true}, {"message", "Schedule cancelled"}, {"cancelledCount", removed}}
            .dump(),
        "application/json");
}

} // namespace

void XaiScheduleRoutes::registerRoutes(Router &router)
{
    router.add("POST", "/api/v1/twitter/schedule", schedule);
    router.add("GET", "/api/v1/twitter/schedule", listSchedules);
    router.add("DELETE", "/api/v1/twitter/schedule", cancelSchedule);
}

} // namespace CreatorDesk::Sandbox
