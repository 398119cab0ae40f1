// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/dto/PublishDtos.h"

namespace CreatorDesk {

using namespace Json;

namespace {

void readPostData(const json &data, PlatformResult &result)
{
    for (const char *idKey : {"tweetId", "id", "uri"}) {
        if (result.postId.isEmpty())
            result.postId = optionalString(data, idKey);
    }
    for (const char *urlKey : {"url", "permalink"}) {
        const QString text = optionalString(data, urlKey);
        const QUrl url(text, QUrl::StrictMode);
        if (!text.isEmpty() && url.isValid() &&
            (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))) {
            result.postUrl = url;
            break;
        }
    }
}

// Threads and LinkedIn take the same core: an account and either a draft or text + media.
json accountPostBody(const QString &accountId, const QString &draftId, const QString &text,
                     const QStringList &mediaUrls)
{
    json body = {{"accountId", toStd(accountId)}};
    if (!draftId.isEmpty())
        body["draftId"] = toStd(draftId);
    if (!text.isEmpty())
        body["text"] = toStd(text);
    if (!mediaUrls.isEmpty())
        body["mediaUrls"] = stringArray(mediaUrls);
    return body;
}

} // namespace

json TwitterPublishRequest::toJson() const
{
    json body = {{"draftId", toStd(draftId)}};
    if (!accountIds.isEmpty())
        body["accountIds"] = stringArray(accountIds);
    if (!jobId.isEmpty())
        body["jobId"] = toStd(jobId);
    if (community) {
        // Only what is known: a name is never made up from the id.
        json object = {{"id", toStd(community->id)}};
        if (!community->name.isEmpty())
            object["name"] = toStd(community->name);
        if (!community->description.isEmpty())
            object["description"] = toStd(community->description);
        body["community"] = object;
    }
    return body;
}

json MultiPlatformRequest::toJson() const
{
    json targets = json::array();
    for (const TargetAccount &target : targetAccounts) {
        json item = {{"accountId", toStd(target.accountId)},
                     {"platform", toStd(platformId(target.platform))}};
        if (target.platform == Platform::Twitter && !target.communityId.isEmpty())
            item["communityId"] = toStd(target.communityId);
        targets.push_back(item);
    }
    return {{"draftId", toStd(draftId)}, {"targetAccounts", targets}};
}

PlatformResult PlatformResult::fromJson(const json &object)
{
    PlatformResult result;
    result.accountId = optionalString(object, "accountId");
    result.platformName = optionalString(object, "platform");
    result.success = requireBool(object, "success");
    const auto data = object.find("data");
    if (data != object.end() && data->is_object())
        readPostData(*data, result);
    const auto error = object.find("error");
    if (error != object.end() && error->is_string())
        result.errorCode = QString::fromStdString(error->get<std::string>());
    result.message = optionalString(object, "message");
    return result;
}

PublishOutcome PublishOutcome::fromJson(const json &object)
{
    PublishOutcome outcome;
    outcome.success = requireBool(object, "success");
    outcome.jobId = optionalString(object, "jobId");
    outcome.results = readArray<PlatformResult>(object, "results", &PlatformResult::fromJson);
    if (object.contains("summary")) {
        const json &summary = requireObject(object, "summary");
        outcome.summary.total = static_cast<int>(requireInteger(summary, "total"));
        outcome.summary.succeeded = static_cast<int>(requireInteger(summary, "succeeded"));
        outcome.summary.failed = static_cast<int>(requireInteger(summary, "failed"));
    } else {
        outcome.summary.total = static_cast<int>(outcome.results.size());
        for (const PlatformResult &result : std::as_const(outcome.results))
            (result.success ? outcome.summary.succeeded : outcome.summary.failed)++;
    }
    return outcome;
}

json QuoteRequest::toJson() const
{
    return {{"content", toStd(content)},
            {"quoteTweetId", toStd(quoteTweetId)},
            {"accountId", toStd(accountId)}};
}

QuoteResult QuoteResult::fromJson(const json &object)
{
    expectNotFailed(object);
    QuoteResult result;
    result.message = optionalString(object, "message");
    result.tweetId = requireString(object, "tweetId");
    result.url = requireUrl(object, "url");
    return result;
}

json SocialPostRequest::toJson() const
{
    json body = {{"accountUuid", toStd(accountUuid)}, {"type", asThread ? "thread" : "single"}};
    if (asThread)
        body["texts"] = stringArray(texts);
    else
        body["text"] = toStd(texts.value(0));
    if (!imageUrls.isEmpty())
        body["imageUrls"] = stringArray(imageUrls);
    if (!langs.isEmpty())
        body["langs"] = stringArray(langs);
    return body;
}

json ThreadsPostRequest::toJson() const
{
    json body = accountPostBody(accountId, draftId, text, mediaUrls);
    switch (replyControl) {
    case ReplyControl::Default:
        break;
    case ReplyControl::Everyone:
        body["replyControl"] = "everyone";
        break;
    case ReplyControl::AccountsYouFollow:
        body["replyControl"] = "accounts_you_follow";
        break;
    case ReplyControl::MentionedOnly:
        body["replyControl"] = "mentioned_only";
        break;
    }
    return body;
}

json LinkedInPostRequest::toJson() const
{
    json body = accountPostBody(accountId, draftId, text, mediaUrls);
    switch (visibility) {
    case LinkedInVisibility::Default:
        break;
    case LinkedInVisibility::Public:
        body["visibility"] = "PUBLIC";
        break;
    case LinkedInVisibility::Connections:
        body["visibility"] = "CONNECTIONS";
        break;
    case LinkedInVisibility::LoggedIn:
        body["visibility"] = "LOGGED_IN";
        break;
    }
    return body;
}

PlatformPostResult PlatformPostResult::fromJson(const json &object)
{
    PlatformResult result = PlatformResult::fromJson(object);
    if (!result.success)
        throw DtoError("the answer says \"success\": false");
    return {result};
}

} // namespace CreatorDesk
