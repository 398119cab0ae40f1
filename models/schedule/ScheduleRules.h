// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/PublishDtos.h"
#include "api/dto/ScheduleDtos.h"
#include "storage/LocalDraft.h"
#include "text/PlatformLimits.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace CreatorDesk {

// What the person picked in the schedule dialog (or by dropping on a slot), or one waiting
// group of a draft's schedule that is moved or put back.
struct ScheduleChoice
{
    QDateTime when; // UTC
    QList<TargetAccount> targets;
    int priority = 0;
    bool applyJitter = true;

    // The one way a choice becomes POST /drafts/{id}/schedule.
    ScheduleRequest requestFor(const QString &serverDraftId) const
    {
        ScheduleRequest request;
        request.draftId = serverDraftId;
        request.scheduledFor = when;
        request.targetAccounts = targets;
        request.priority = priority;
        request.applyJitter = applyJitter;
        return request;
    }
};

// Why a schedule would be refused, said before any request is sent. Pure functions.
class ScheduleRules final
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::ScheduleRules)

public:
    // A time closer than this is treated as the past: the request needs time to arrive.
    static constexpr int MinimumLeadSeconds = 60;

    // Empty when `choice` can be sent. `balance` (credits, when known) must cover 10 credits
    // per target, which the service charges when each post goes out.
    static QString refusal(const ScheduleChoice &choice, const QDateTime &now,
                           std::optional<qint64> balance = std::nullopt,
                           int leadSeconds = MinimumLeadSeconds);
    // Only the time: empty, or why `when` cannot be used.
    static QString timeRefusal(const QDateTime &when, const QDateTime &now,
                               int leadSeconds = MinimumLeadSeconds);
    // Empty when the local draft can become a server draft: some text, and every post within
    // the limit of every platform it goes to (with the accounts' own limits, `limits`).
    static QString draftRefusal(const LocalDraft &draft, const QList<Platform> &platforms,
                                const PlatformLimits &limits = {});
};

} // namespace CreatorDesk
