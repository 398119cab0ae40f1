// SPDX-License-Identifier: GPL-3.0-or-later
#include "XaiDraftRoutes.h"

#include "ApiError.h"
#include "JsonInput.h"
#include "PlatformPublisher.h"
#include "SandboxState.h"
#include "XaiGate.h"

namespace CreatorDesk::Sandbox {

using nlohmann::json;

namespace {

json optionalJson(const std::optional<std::string> &value)
{
    return value ? json(*value) : json(nullptr);
}

void listDrafts(RequestContext &context)
{
    const XaiUser &user = XaiGate::authenticate(context);
    const bool filtered = context.hasQuery("socialSetId");
    const std::string setId = context.query("socialSetId");
    json drafts = json::array();
    for (const auto &[id, draft] : context.state.drafts) {
        if (draft.userId != user.uuid)
            continue;
        if (filtered && draft.socialSetId.value_or("") != setId)
            continue;
        drafts.push_back(XaiDraftRoutes::draftJson(draft));
    }
    context.response.set_content(json{{"drafts", drafts}}.dump(), "application/json");
}

void createDraft(RequestContext &context)
{
    const XaiUser &user = XaiGate::authenticate(context);
    const JsonInput input(context.body);
    SandboxState &state = context.state;

    Draft draft;
    draft.id = Util::newUuid();
    draft.userId = user.uuid;
    if (!input.has("title"))
        throw ApiError::invalidInput("title is required.");
    draft.title = input.requiredString("title");
    draft.status = input.optionalEnum("status", {"draft", "scheduled", "published"}, "draft");
    if (const auto when = input.optionalTime("scheduledFor"))
        draft.scheduledFor = Util::toIso(*when);
    draft.socialSetId = input.optionalString("socialSetId");
    if (draft.socialSetId) {
        auto set = state.socialSets.find(*draft.socialSetId);
        if (set == state.socialSets.end())
            throw ApiError::notFound("No social set with id " + *draft.socialSetId + ".");
        if (set->second.userId != user.uuid)
            throw ApiError::forbidden("This social set belongs to another user.");
    }
    draft.selectedAccountIds =
        input.optionalStrings("selectedAccountIds").value_or(std::vector<std::string>{});
    for (const std::string &accountId : draft.selectedAccountIds)
        XaiDraftRoutes::ownedAccount(state, user, accountId);
    draft.templateId = input.optionalString("templateId");

    const auto tweets = input.optionalArray("tweets");
    if (!tweets)
        throw ApiError::invalidInput("tweets is required.");
    if (tweets->empty())
        throw ApiError::invalidInput("tweets must contain at least one tweet.");
    int position = 0;
    for (const json &item : *tweets) {
        const JsonInput tweetInput(item, "tweets[" + std::to_string(position) + "]");
        DraftTweet tweet;
        tweet.id = Util::newUuid();
        tweet.content = tweetInput.requiredString("content");
        PlatformPublisher::countTweet(tweet);
        tweet.media = tweetInput.optionalStrings("media").value_or(std::vector<std::string>{});
        for (const std::string &mediaId : tweet.media) {
            auto media = state.media.find(mediaId);
            if (media == state.media.end())
                throw ApiError::invalidInput("tweets[" + std::to_string(position) +
                                             "].media names unknown media " + mediaId + ".");
            if (media->second.userId != user.uuid)
                throw ApiError::forbidden("Media " + mediaId + " belongs to another user.");
        }
        tweet.position = position++;
        draft.tweets.push_back(tweet);
    }
    draft.createdAt = draft.updatedAt = Util::nowIso();
    state.drafts[draft.id] = draft;
    context.response.set_content(json{{"draft", XaiDraftRoutes::draftJson(draft)}}.dump(),
                                 "application/json");
}

} // namespace

json XaiDraftRoutes::draftJson(const Draft &draft)
{
    json tweets = json::array();
    for (const DraftTweet &tweet : draft.tweets) {
        tweets.push_back({{"id", tweet.id},
                          {"content", tweet.content},
                          {"plainText", tweet.plainText},
                          {"media", tweet.media},
                          {"characterCount", tweet.characterCount},
                          {"isValid", tweet.isValid},
                          {"position", tweet.position}});
    }
    json out = {{"id", draft.id},
                {"title", draft.title},
                {"status", draft.status},
                {"scheduledFor", optionalJson(draft.scheduledFor)},
                {"socialSetId", optionalJson(draft.socialSetId)},
                {"selectedAccountIds", draft.selectedAccountIds},
                {"tweets", tweets},
                {"createdAt", draft.createdAt},
                {"updatedAt", draft.updatedAt}};
    if (draft.templateId)
        out["templateId"] = *draft.templateId;
    return out;
}

Draft &XaiDraftRoutes::ownedDraft(SandboxState &state, const XaiUser &user, const std::string &id)
{
    auto draft = state.drafts.find(id);
    if (draft == state.drafts.end())
        throw ApiError::notFound("No draft with id " + id + ".");
    if (draft->second.userId != user.uuid)
        throw ApiError::forbidden("This draft belongs to another user.");
    return draft->second;
}

SocialAccount &XaiDraftRoutes::ownedAccount(SandboxState &state, const XaiUser &user,
                                            const std::string &accountId)
{
    std::string ownerId;
    SocialAccount *account = state.findAccountMutable(accountId, &ownerId);
    if (!account)
        throw ApiError::notFound("No account with id " + accountId + ".");
    if (ownerId != user.uuid)
        throw ApiError::forbidden("Account " + accountId + " belongs to another user.");
    return *account;
}

void XaiDraftRoutes::registerRoutes(Router &router)
{
    router.add("GET", "/api/v1/twitter/drafts", listDrafts);
    router.add("POST", "/api/v1/twitter/drafts", createDraft);
}

} // namespace CreatorDesk::Sandbox
