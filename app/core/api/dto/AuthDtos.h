// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/JsonFields.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

// Accounts, sign-in and API keys of xAIcreator (seed 003, "Getting Your API Key",
// "API Key Management", "Twitter OAuth 2.0").
namespace CreatorDesk {

struct UserInfo
{
    QString uuid;
    QString email;
    QString provider; // "google", "twitter"; empty for email sign-in
    bool isNewUser = false;

    static UserInfo fromJson(const Json::json &object);
};

struct ApiKeyInfo
{
    QString id;  // absent in the sign-in answers
    QString key; // full once after creation; masked ("sk-xxxx...abcd") in lists
    QString name;
    QString status;
    QDateTime createdAt;
    QDateTime lastUsed; // invalid: never used

    static ApiKeyInfo fromJson(const Json::json &object);
};

// POST /auth/login, POST /auth/oauth/*/callback and POST /auth/api-keys.
struct SignInResult
{
    UserInfo user; // empty for key creation
    ApiKeyInfo apiKey;
    QString warning;

    static SignInResult fromJson(const Json::json &object);
};

struct OAuthStart
{
    QUrl authUrl;
    QString state;

    static OAuthStart fromJson(const Json::json &object);
};

struct ApiKeyList
{
    QList<ApiKeyInfo> keys;

    static ApiKeyList fromJson(const Json::json &object);
};

enum class TwitterConnectMode { AddToExisting, CreateNew };

// POST /twitter/auth: its three documented parameters and no return address (the browser
// finishes at the service's own GET /twitter/callback).
struct TwitterConnectRequest
{
    QString socialSetId;
    TwitterConnectMode mode = TwitterConnectMode::AddToExisting;
    std::optional<bool> followOnX;

    Json::json toJson() const;
};

struct TwitterConnectSession
{
    QUrl authUrl;
    QString sessionId;

    static TwitterConnectSession fromJson(const Json::json &object);
};

struct TwitterConnectResult
{
    QString accountUuid;
    QString socialSetId;

    static TwitterConnectResult fromJson(const Json::json &object);
};

} // namespace CreatorDesk
