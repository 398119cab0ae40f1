// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/dto/AuthDtos.h"

namespace CreatorDesk {

using namespace Json;

UserInfo UserInfo::fromJson(const json &object)
{
    UserInfo user;
    user.uuid = requireString(object, "uuid");
    user.email = requireString(object, "email");
    user.provider = optionalString(object, "provider");
    user.isNewUser = optionalBool(object, "isNewUser").value_or(false);
    return user;
}

ApiKeyInfo ApiKeyInfo::fromJson(const json &object)
{
    ApiKeyInfo key;
    key.id = optionalString(object, "id");
    key.key = requireString(object, "key");
    key.name = requireString(object, "name");
    key.status = optionalString(object, "status");
    key.createdAt = requireDateTime(object, "createdAt");
    key.lastUsed = optionalDateTime(object, "lastUsed");
    return key;
}

SignInResult SignInResult::fromJson(const json &object)
{
    expectNotFailed(object);
    SignInResult result;
    if (object.contains("user"))
        result.user = UserInfo::fromJson(requireObject(object, "user"));
    result.apiKey = ApiKeyInfo::fromJson(requireObject(object, "apiKey"));
    result.warning = optionalString(object, "warning");
    return result;
}

OAuthStart OAuthStart::fromJson(const json &object)
{
    expectNotFailed(object);
    return {requireUrl(object, "authUrl"), requireString(object, "state")};
}

ApiKeyList ApiKeyList::fromJson(const json &object)
{
    expectNotFailed(object);
    return {readArray<ApiKeyInfo>(object, "apiKeys", &ApiKeyInfo::fromJson)};
}

json TwitterConnectRequest::toJson() const
{
    json body = json::object();
    if (!socialSetId.isEmpty())
        body["socialSetId"] = toStd(socialSetId);
    body["mode"] = mode == TwitterConnectMode::CreateNew ? "create_new" : "add_to_existing";
    if (followOnX)
        body["followOnX"] = *followOnX;
    return body;
}

TwitterConnectSession TwitterConnectSession::fromJson(const json &object)
{
    return {requireUrl(object, "authUrl"), requireString(object, "sessionId")};
}

TwitterConnectResult TwitterConnectResult::fromJson(const json &object)
{
    expectNotFailed(object);
    return {requireString(object, "accountUuid"), optionalString(object, "socialSetId")};
}

} // namespace CreatorDesk
