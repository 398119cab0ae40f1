// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleRules.h"

#include "credits/CreditCost.h"
#include "text/PlatformCounts.h"

namespace CreatorDesk {

QString ScheduleRules::timeRefusal(const QDateTime &when, const QDateTime &now, int leadSeconds)
{
    if (!when.isValid())
        return tr("Choose a date and time for the post.");
    if (when <= now)
        return tr("That time has already passed. Choose a time in the future.");
    if (now.secsTo(when) < leadSeconds)
        return tr("That is too soon: choose a time at least a minute from now, or publish "
                  "now instead.");
    return {};
}

QString ScheduleRules::refusal(const ScheduleChoice &choice, const QDateTime &now,
                               std::optional<qint64> balance, int leadSeconds)
{
    if (QString reason = timeRefusal(choice.when, now, leadSeconds); !reason.isEmpty())
        return reason;
    if (choice.targets.isEmpty())
        return tr("Choose at least one account to publish to.");
    if (balance) {
        const qint64 cost =
            CreditCost::of(CreditCost::Action::ScheduledPublish, int(choice.targets.size()));
        if (!CreditCost::isAffordable(cost, *balance))
            return tr("Publishing to %n account(s) will cost %1 credits; you have %2. Buy "
                      "credits or choose fewer accounts.",
                      nullptr, int(choice.targets.size()))
                .arg(cost)
                .arg(*balance);
    }
    return {};
}

QString ScheduleRules::draftRefusal(const LocalDraft &draft, const QList<Platform> &platforms,
                                    const PlatformLimits &limits)
{
    bool hasText = false;
    for (int row = 0; row < draft.posts.size(); ++row) {
        const QString &text = draft.posts.at(row).text;
        if (text.trimmed().isEmpty())
            continue;
        hasText = true;
        for (Platform platform : platforms) {
            const PlatformCount count = PlatformCounts::count(platform, text, limits);
            if (!count.valid)
                return tr("Post %1 is too long for %2 (%3 of %4). Shorten or split it, then "
                          "schedule again.")
                    .arg(row + 1)
                    .arg(platformDisplayName(platform))
                    .arg(count.length)
                    .arg(count.limit);
        }
    }
    if (!hasText)
        return tr("The draft is empty. Write something before scheduling it.");
    return {};
}

} // namespace CreatorDesk
