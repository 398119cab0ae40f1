// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PublishDtos.h"

#include <QDateTime>

// Scheduled publishing of xAIcreator (seed 003, "Scheduled Publishing").
namespace CreatorDesk {

struct ScheduleRequest
{
    QString draftId;
    QDateTime scheduledFor; // sent as UTC
    QList<TargetAccount> targetAccounts;
    QString accountUuid; // legacy single account
    std::optional<Platform> platform;
    int priority = 0;
    bool applyJitter = true;

    Json::json toJson() const;
};

struct ScheduleConfirmation
{
    QString message;
    QStringList queueIds;
    QDateTime scheduledFor;
    int accountCount = 0;

    static ScheduleConfirmation fromJson(const Json::json &object);
};

struct ScheduleItem
{
    QString id;
    QString draftId;
    QString draftTitle;
    QDateTime scheduledFor;
    int priority = 0;
    int attempts = 0;
    QDateTime createdAt;
    QString platformName;
    QString accountUuid;
    // Not in the reference; read when a server sends them (the sandbox does).
    QString status;
    QString lastError;
    QDateTime lastAttemptAt;
    QString publishedUrl;
    int jitterSeconds = 0;

    static ScheduleItem fromJson(const Json::json &object);
};

struct ScheduleList
{
    QList<ScheduleItem> schedules;

    static ScheduleList fromJson(const Json::json &object);
};

} // namespace CreatorDesk
