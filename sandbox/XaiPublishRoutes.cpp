// SPDX-License-Identifier: GPL-3.0-or-later
#include "XaiPublishRoutes.h"

#include "ApiError.h"
#include "JsonInput.h"
#include "PlatformPublisher.h"
#include "SandboxState.h"
#include "XaiDraftRoutes.h"
#include "XaiGate.h"

#include <algorithm>
#include <cctype>

namespace CreatorDesk::Sandbox {

using nlohmann::json;

namespace {

constexpr int cost = PlatformPublisher::creditsPerPost;

struct Target
{
    std::string accountId;
    std::string platform;
};

void sendJson(RequestContext &context, const json &body)
{
    context.response.set_content(body.dump(), "application/json");
}

ApiError tokenExpired(const std::string &username)
{
    return ApiError::xai(401, "TOKEN_EXPIRED",
                         "The token of account " + username +
                             " has expired; reconnect the account and try again.");
}

// A stored response for a repeated jobId, or nothing for a new job.
std::optional<json> replay(SandboxState &state, const XaiUser &user, const std::string &jobId)
{
    auto job = state.jobs.find(jobId);
    if (job == state.jobs.end())
        return std::nullopt;
    if (job->second.userId != user.uuid)
        throw ApiError::invalidInput("jobId " + jobId + " is already used by another user.");
    return job->second.response;
}

// Publishes the draft to every target: per-target failures are reported in the results; the
// whole request fails only when nothing can be posted or credits are short.
json publishToTargets(SandboxState &state, XaiUser &user, const std::vector<Target> &targets,
                      const std::string &jobId)
{
    json results = json::array();
    std::vector<const SocialAccount *> accounts;
    int chargeable = 0;
    int expired = 0;
    for (const Target &target : targets) {
        std::string ownerId;
        const SocialAccount *account = state.findAccount(target.accountId, &ownerId);
        json result = {
            {"accountId", target.accountId}, {"platform", target.platform}, {"success", false}};
        if (!account) {
            result["error"] = "NOT_FOUND";
            result["message"] = "No account with id " + target.accountId + ".";
        } else if (ownerId != user.uuid) {
            result["error"] = "UNAUTHORIZED";
            result["message"] = "This account belongs to another user.";
        } else if (account->platform != target.platform) {
            result["error"] = "INVALID_INPUT";
            result["message"] = "Account " + target.accountId + " is a " + account->platform +
                                " account, not " + target.platform + ".";
        } else if (account->tokenExpired) {
            ++expired;
            result["error"] = "TOKEN_EXPIRED";
            result["message"] = "The account's token has expired; reconnect it.";
        } else {
            ++chargeable;
            accounts.push_back(account);
            results.push_back(result);
            continue;
        }
        accounts.push_back(nullptr);
        results.push_back(result);
    }
    if (chargeable == 0 && expired == static_cast<int>(targets.size()))
        throw tokenExpired(state.findAccount(targets.front().accountId, nullptr)->username);
    XaiGate::requireCredits(state, user, chargeable * cost);

    int succeeded = 0;
    for (size_t i = 0; i < targets.size(); ++i) {
        if (!accounts[i])
            continue;
        results[i]["success"] = true;
        results[i]["data"] = PlatformPublisher::postData(*accounts[i]);
        PlatformPublisher::charge(user, cost);
        ++succeeded;
    }
    json response = {{"success", succeeded > 0},
                     {"jobId", jobId},
                     {"results", results},
                     {"summary",
                      {{"total", targets.size()},
                       {"succeeded", succeeded},
                       {"failed", static_cast<int>(targets.size()) - succeeded}}}};
    state.jobs[jobId] = {user.uuid, response, 1};
    return response;
}

void publishTwitter(RequestContext &context)
{
    XaiUser &user = XaiGate::authenticate(context);
    const JsonInput input(context.body);
    SandboxState &state = context.state;
    const std::string draftId = input.requiredString("draftId");
    const auto accountIds = input.optionalStrings("accountIds");
    const std::string jobId = input.optionalString("jobId").value_or(Util::newUuid());
    if (input.has("community")) {
        if (!input.raw().at("community").is_object())
            throw ApiError::invalidInput("community must be an object with id, name, description.");
        const JsonInput community(input.raw().at("community"), std::string("community"));
        community.requiredString("id");
        community.optionalString("name");
        community.optionalString("description");
    }
    if (const auto stored = replay(state, user, jobId)) {
        sendJson(context, *stored);
        return;
    }
    const Draft &draft = XaiDraftRoutes::ownedDraft(state, user, draftId);

    std::vector<Target> targets;
    if (accountIds && !accountIds->empty()) {
        for (const std::string &id : *accountIds)
            targets.push_back({id, "twitter"});
    } else if (!draft.selectedAccountIds.empty()) {
        for (const std::string &id : draft.selectedAccountIds)
            targets.push_back({id, "twitter"});
    } else {
        for (const auto &[id, set] : state.socialSets) {
            if (set.userId != user.uuid || (draft.socialSetId && *draft.socialSetId != id))
                continue;
            for (const SocialAccount &account : set.accounts) {
                if (account.platform == "twitter")
                    targets.push_back({account.accountId, "twitter"});
            }
        }
    }
    if (targets.empty())
        throw ApiError::invalidInput("accountIds is empty and the draft has no X accounts.");
    sendJson(context, publishToTargets(state, user, targets, jobId));
}

void publishMulti(RequestContext &context)
{
    XaiUser &user = XaiGate::authenticate(context);
    const JsonInput input(context.body);
    SandboxState &state = context.state;
    const std::string draftId = input.requiredString("draftId");
    const auto list = input.optionalArray("targetAccounts");
    if (!list)
        throw ApiError::invalidInput("targetAccounts is required.");
    if (list->empty())
        throw ApiError::invalidInput("targetAccounts must not be empty.");
    std::vector<Target> targets;
    for (size_t i = 0; i < list->size(); ++i) {
        const JsonInput item(list->at(i), "targetAccounts[" + std::to_string(i) + "]");
        targets.push_back({item.requiredString("accountId"), ""});
        if (!item.has("platform"))
            throw ApiError::invalidInput("targetAccounts[" + std::to_string(i) +
                                         "].platform is required.");
        targets.back().platform = item.optionalEnum(
            "platform", {"twitter", "bluesky", "mastodon", "threads", "linkedin"}, "");
        if (item.optionalString("communityId") && targets.back().platform != "twitter")
            throw ApiError::invalidInput("targetAccounts[" + std::to_string(i) +
                                         "].communityId is for twitter targets only.");
    }
    const std::string jobId = input.optionalString("jobId").value_or(Util::newUuid());
    if (const auto stored = replay(state, user, jobId)) {
        sendJson(context, *stored);
        return;
    }
    XaiDraftRoutes::ownedDraft(state, user, draftId);
    sendJson(context, publishToTargets(state, user, targets, jobId));
}

// Shared tail of the single-account endpoints: checks, charges and answers.
void publishOne(RequestContext &context, XaiUser &user, const std::string &accountId,
                const std::string &platform, int posts = 1)
{
    SandboxState &state = context.state;
    const SocialAccount &account = XaiDraftRoutes::ownedAccount(state, user, accountId);
    if (account.platform != platform)
        throw ApiError::invalidInput("Account " + accountId + " is a " + account.platform +
                                     " account, not " + platform + ".");
    if (account.tokenExpired)
        throw tokenExpired(account.username);
    XaiGate::requireCredits(state, user, cost);
    PlatformPublisher::charge(user, cost);
    json data = PlatformPublisher::postData(account);
    if (posts > 1) {
        json thread = json::array({data});
        for (int i = 1; i < posts; ++i)
            thread.push_back(PlatformPublisher::postData(account));
        data["posts"] = thread;
    }
    sendJson(context, {{"success", true}, {"platform", platform}, {"data", data}});
}

// The platform's own rule, counted as the app counts (graphemes on Bluesky, 23 per URL on
// Mastodon, X's weighted length for a quote).
void checkText(const std::string &platform, const std::string &field, const std::string &text)
{
    const auto [length, limit, overLimit] = PlatformPublisher::textLength(platform, text);
    if (length > limit)
        throw ApiError::invalidInput(field + " is longer than " + std::to_string(limit) +
                                     " characters (" + std::to_string(length) + ").");
    if (overLimit)
        throw ApiError::invalidInput(field + " is longer than " + platform + " allows.");
}

// Draft texts compare without their whitespace: the draft keeps the plain text of its HTML,
// which has lost the line ends the client's own text still has.
std::string comparable(const std::string &text)
{
    std::string out;
    for (unsigned char c : text) {
        if (!std::isspace(c))
            out += char(c);
    }
    return out;
}

// Whether a draft's posts are exactly these texts.
bool hasTexts(const Draft &draft, const std::vector<std::string> &texts)
{
    if (draft.tweets.size() != texts.size())
        return false;
    for (size_t i = 0; i < texts.size(); ++i) {
        if (comparable(draft.tweets[i].plainText) != comparable(texts[i]))
            return false;
    }
    return true;
}

// Sandbox rule (README, "Lost media"): a platform endpoint that takes text carries media only
// by URL, so a draft's text sent without the URLs of that draft's media would be published
// without them. The service cannot tell; the sandbox can, and refuses, so tests catch it.
// Refused when the user has drafts of exactly these texts and none has all its media carried.
void refuseLostMedia(const SandboxState &state, const XaiUser &user,
                     const std::vector<std::string> &texts, const std::vector<std::string> &urls,
                     const std::string &field)
{
    const Draft *losing = nullptr;
    int media = 0;
    int carried = 0;
    for (const auto &[id, draft] : state.drafts) {
        if (draft.userId != user.uuid || !hasTexts(draft, texts))
            continue;
        int draftMedia = 0;
        int draftCarried = 0;
        for (const DraftTweet &tweet : draft.tweets) {
            for (const std::string &mediaId : tweet.media) {
                ++draftMedia;
                const std::string path = "/media/" + mediaId;
                draftCarried +=
                    std::any_of(urls.cbegin(), urls.cend(), [&path](const std::string &url) {
                        return url.size() >= path.size() &&
                               url.compare(url.size() - path.size(), path.size(), path) == 0;
                    });
            }
        }
        if (draftCarried == draftMedia)
            return;
        losing = &draft;
        media = draftMedia;
        carried = draftCarried;
    }
    if (losing)
        throw ApiError::invalidInput(
            "This is the text of draft " + losing->id + ", whose posts carry " +
            std::to_string(media) + " media; " + field + " carries " + std::to_string(carried) +
            " of them, so the rest would be lost. Send their URLs in " + field +
            ", or publish the draft through /publish/multi-platform.");
}

void checkUrls(const JsonInput &input, const std::string &field, size_t limit)
{
    const auto urls = input.optionalStrings(field);
    if (urls && urls->size() > limit)
        throw ApiError::invalidInput(field + " accepts at most " + std::to_string(limit) +
                                     " URLs.");
}

void publishSocial(RequestContext &context, const std::string &platform, bool mediaLossAllowed)
{
    XaiUser &user = XaiGate::authenticate(context);
    const JsonInput input(context.body);
    const std::string accountUuid = input.requiredString("accountUuid");
    if (!input.has("type"))
        throw ApiError::invalidInput("type is required.");
    const std::string type = input.optionalEnum("type", {"single", "thread"}, "single");
    std::vector<std::string> texts;
    if (type == "single") {
        texts.push_back(input.requiredString("text"));
        checkText(platform, "text", texts.front());
    } else {
        texts = input.optionalStrings("texts").value_or(std::vector<std::string>{});
        if (texts.empty())
            throw ApiError::invalidInput("texts is required and must not be empty for a thread.");
        for (size_t i = 0; i < texts.size(); ++i)
            checkText(platform, "texts[" + std::to_string(i) + "]", texts[i]);
    }
    checkUrls(input, "imageUrls", 4);
    input.optionalStrings("langs");
    if (!mediaLossAllowed)
        refuseLostMedia(context.state, user, texts,
                        input.optionalStrings("imageUrls").value_or(std::vector<std::string>{}),
                        "imageUrls");
    publishOne(context, user, accountUuid, platform, static_cast<int>(texts.size()));
}

// Threads and LinkedIn take a draft or a text.
void publishDraftOrText(RequestContext &context, const std::string &platform, size_t mediaLimit,
                        bool mediaLossAllowed)
{
    XaiUser &user = XaiGate::authenticate(context);
    const JsonInput input(context.body);
    const std::string accountId = input.requiredString("accountId");
    const auto draftId = input.optionalString("draftId");
    const auto text = input.optionalString("text");
    if (!draftId && !text)
        throw ApiError::invalidInput("draftId or text is required.");
    if (text)
        checkText(platform, "text", *text);
    if (draftId) {
        const Draft &draft = XaiDraftRoutes::ownedDraft(context.state, user, *draftId);
        for (const DraftTweet &tweet : draft.tweets)
            checkText(platform, "The draft's text", tweet.plainText);
    }
    checkUrls(input, "mediaUrls", mediaLimit);
    // With a draft, the service publishes the draft's own media.
    if (text && !draftId && !mediaLossAllowed)
        refuseLostMedia(context.state, user, {*text},
                        input.optionalStrings("mediaUrls").value_or(std::vector<std::string>{}),
                        "mediaUrls");
    if (platform == "threads")
        input.optionalEnum("replyControl", {"everyone", "accounts_you_follow", "mentioned_only"},
                           "");
    else
        input.optionalEnum("visibility", {"PUBLIC", "CONNECTIONS", "LOGGED_IN"}, "PUBLIC");
    publishOne(context, user, accountId, platform);
}

void quote(RequestContext &context)
{
    XaiUser &user = XaiGate::authenticate(context);
    const JsonInput input(context.body);
    const std::string content = input.requiredString("content");
    const std::string quoteTweetId = input.requiredString("quoteTweetId");
    const std::string accountId = input.requiredString("accountId");
    checkText("twitter", "content", Util::htmlToPlainText(content));
    SandboxState &state = context.state;
    const SocialAccount &account = XaiDraftRoutes::ownedAccount(state, user, accountId);
    if (account.platform != "twitter")
        throw ApiError::invalidInput("accountId must be an X (twitter) account.");
    if (account.tokenExpired)
        throw tokenExpired(account.username);
    XaiGate::requireCredits(state, user, cost);
    PlatformPublisher::charge(user, cost);
    const json data = PlatformPublisher::postData(account);
    sendJson(context, {{"success", true},
                       {"message", "Quote posted successfully"},
                       {"tweetId", data.at("tweetId")},
                       {"url", data.at("url")}});
}

} // namespace

void XaiPublishRoutes::registerRoutes(Router &router, bool mediaLossAllowed)
{
    const std::string api = "/api/v1";
    const bool lossy = mediaLossAllowed;
    router.add("POST", api + "/twitter/publish", publishTwitter);
    router.add("POST", api + "/twitter/quote", quote);
    router.add("POST", api + "/publish/multi-platform", publishMulti);
    router.add("POST", api + "/bluesky/publish",
               [lossy](RequestContext &c) { publishSocial(c, "bluesky", lossy); });
    router.add("POST", api + "/mastodon/publish",
               [lossy](RequestContext &c) { publishSocial(c, "mastodon", lossy); });
    router.add("POST", api + "/threads/publish",
               [lossy](RequestContext &c) { publishDraftOrText(c, "threads", 10, lossy); });
    router.add("POST", api + "/linkedin/publish",
               [lossy](RequestContext &c) { publishDraftOrText(c, "linkedin", 20, lossy); });
}

} // namespace CreatorDesk::Sandbox
