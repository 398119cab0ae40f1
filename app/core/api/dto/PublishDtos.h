// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Platform.h"
#include "api/dto/JsonFields.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Publishing requests and results of xAIcreator (seed 003, "Publishing", "Multi-Platform
// Publishing", "Platform-Specific Publishing").
namespace CreatorDesk {

struct Community
{
    QString id;
    QString name;
    QString description;
};

struct TwitterPublishRequest
{
    QString draftId;
    QStringList accountIds;
    QString jobId; // client-generated, so a retried request cannot post twice
    std::optional<Community> community;

    Json::json toJson() const;
};

struct TargetAccount
{
    QString accountId;
    Platform platform = Platform::Twitter;
    QString communityId; // X only
};

struct MultiPlatformRequest
{
    QString draftId;
    QList<TargetAccount> targetAccounts;

    Json::json toJson() const;
};

// One account's outcome. `data` differs per platform (tweetId/url, uri/cid, ...).
struct PlatformResult
{
    QString accountId;
    QString platformName;
    bool success = false;
    QString postId; // tweetId, id or uri
    QUrl postUrl;   // a web link when the platform gives one
    QString errorCode;
    QString message;

    static PlatformResult fromJson(const Json::json &object);
};

struct PublishSummary
{
    int total = 0;
    int succeeded = 0;
    int failed = 0;
};

struct PublishOutcome
{
    bool success = false;
    QString jobId;
    QList<PlatformResult> results;
    PublishSummary summary;

    static PublishOutcome fromJson(const Json::json &object);
};

struct QuoteRequest
{
    QString content;
    QString quoteTweetId;
    QString accountId;

    Json::json toJson() const;
};

struct QuoteResult
{
    QString message;
    QString tweetId;
    QUrl url;

    static QuoteResult fromJson(const Json::json &object);
};

// POST /bluesky/publish and /mastodon/publish share their parameters.
struct SocialPostRequest
{
    QString accountUuid;
    QStringList texts; // one: type "single"; more: type "thread"
    bool asThread = false;
    QStringList imageUrls;
    QStringList langs; // empty: the service's default ["en"]

    Json::json toJson() const;
};

enum class ReplyControl { Default, Everyone, AccountsYouFollow, MentionedOnly };

struct ThreadsPostRequest
{
    QString accountId;
    QString draftId; // either a draft or text
    QString text;
    QStringList mediaUrls;
    ReplyControl replyControl = ReplyControl::Default;

    Json::json toJson() const;
};

enum class LinkedInVisibility { Default, Public, Connections, LoggedIn };

struct LinkedInPostRequest
{
    QString accountId;
    QString draftId; // either a draft or text
    QString text;
    QStringList mediaUrls;
    LinkedInVisibility visibility = LinkedInVisibility::Default;

    Json::json toJson() const;
};

// The answer of the four platform endpoints: one PlatformResult.
struct PlatformPostResult
{
    PlatformResult result;

    static PlatformPostResult fromJson(const Json::json &object);
};

} // namespace CreatorDesk
