// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/dto/ScheduleDtos.h"

namespace CreatorDesk {

using namespace Json;

json ScheduleRequest::toJson() const
{
    // Milliseconds kept when there are any: a restored schedule must land on exactly the
    // instant it was listed at (the service lists times with milliseconds).
    const QDateTime when = scheduledFor.toUTC();
    json body = {{"draftId", toStd(draftId)},
                 {"scheduledFor",
                  toStd(when.time().msec() != 0 ? when.toString(Qt::ISODateWithMs) : isoUtc(when))},
                 {"priority", priority},
                 {"applyJitter", applyJitter}};
    if (!targetAccounts.isEmpty()) {
        json targets = json::array();
        for (const TargetAccount &target : targetAccounts)
            targets.push_back({{"accountId", toStd(target.accountId)},
                               {"platform", toStd(platformId(target.platform))}});
        body["targetAccounts"] = targets;
    }
    if (!accountUuid.isEmpty())
        body["accountUuid"] = toStd(accountUuid);
    if (platform)
        body["platform"] = toStd(platformId(*platform));
    return body;
}

ScheduleConfirmation ScheduleConfirmation::fromJson(const json &object)
{
    ScheduleConfirmation confirmation;
    confirmation.message = optionalString(object, "message");
    confirmation.queueIds = optionalStringList(object, "queueIds");
    confirmation.scheduledFor = requireDateTime(object, "scheduledFor");
    confirmation.accountCount = static_cast<int>(requireInteger(object, "accountCount"));
    return confirmation;
}

ScheduleItem ScheduleItem::fromJson(const json &object)
{
    ScheduleItem item;
    item.id = requireString(object, "id");
    item.draftId = requireString(object, "draftId");
    item.draftTitle = optionalString(object, "draftTitle");
    item.scheduledFor = requireDateTime(object, "scheduledFor");
    item.priority = static_cast<int>(optionalNumber(object, "priority", 0));
    item.attempts = static_cast<int>(optionalInteger(object, "attempts").value_or(0));
    item.createdAt = optionalDateTime(object, "createdAt");
    item.platformName = optionalString(object, "platform");
    if (item.platformName.isEmpty())
        item.platformName = QStringLiteral("twitter");
    item.accountUuid = optionalString(object, "accountUuid");
    item.status = optionalString(object, "status");
    item.lastError = optionalString(object, "lastError");
    item.lastAttemptAt = optionalDateTime(object, "lastAttemptAt");
    item.publishedUrl = optionalString(object, "publishedUrl");
    item.jitterSeconds = static_cast<int>(optionalInteger(object, "jitterSeconds").value_or(0));
    return item;
}

ScheduleList ScheduleList::fromJson(const json &object)
{
    return {readArray<ScheduleItem>(object, "schedules", &ScheduleItem::fromJson)};
}

} // namespace CreatorDesk
