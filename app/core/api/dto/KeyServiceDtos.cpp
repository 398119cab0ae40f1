// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/dto/KeyServiceDtos.h"

namespace CreatorDesk {

using namespace Json;

XquikAccount XquikAccount::fromJson(const json &object)
{
    XquikAccount account;
    account.plan = requireString(object, "plan");
    if (object.contains("quota") && !object["quota"].is_null()) {
        const json &quota = requireObject(object, "quota");
        account.quotaLimit = requireInteger(quota, "limit");
        account.quotaUsed = requireInteger(quota, "used");
        account.quotaResetsAt = optionalDateTime(quota, "resetsAt");
    }
    if (object.contains("credits") && !object["credits"].is_null())
        account.creditBalance = requireInteger(requireObject(object, "credits"), "balance");
    return account;
}

XquikKey XquikKey::fromJson(const json &object)
{
    XquikKey key;
    key.id = requireString(object, "id");
    key.prefix = requireString(object, "prefix");
    key.name = optionalString(object, "name");
    key.createdAt = requireDateTime(object, "createdAt");
    key.lastUsedAt = optionalDateTime(object, "lastUsedAt");
    return key;
}

XquikKeyList XquikKeyList::fromJson(const json &object)
{
    return {readArray<XquikKey>(object, "keys", &XquikKey::fromJson)};
}

XquikCreatedKey XquikCreatedKey::fromJson(const json &object)
{
    XquikCreatedKey key;
    key.id = requireString(object, "id");
    key.fullKey = requireString(object, "fullKey");
    key.prefix = requireString(object, "prefix");
    key.name = optionalString(object, "name");
    key.createdAt = requireDateTime(object, "createdAt");
    if (!key.fullKey.startsWith(key.prefix))
        throw DtoError("field \"prefix\" does not match the start of the key");
    return key;
}

OquiAssessment OquiAssessment::fromJson(const json &object)
{
    OquiAssessment assessment;
    assessment.id = requireString(object, "id");
    assessment.status = optionalString(object, "status");
    assessment.creditsRemaining = optionalInteger(object, "creditsRemaining");
    return assessment;
}

ExampleApiKey ExampleApiKey::fromJson(const json &object)
{
    ExampleApiKey key;
    key.id = requireString(object, "id");
    key.name = optionalString(object, "name");
    key.prefix = requireString(object, "prefix");
    key.createdAt = requireDateTime(object, "created_at");
    key.lastUsed = optionalDateTime(object, "last_used");
    return key;
}

ExampleApiKeyList ExampleApiKeyList::fromJson(const json &object)
{
    expectNotFailed(object);
    return {readArray<ExampleApiKey>(object, "data", &ExampleApiKey::fromJson)};
}

} // namespace CreatorDesk
