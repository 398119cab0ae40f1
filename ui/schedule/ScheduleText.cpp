// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleText.h"

#include "common/Formatting.h"

#include <QLocale>

namespace CreatorDesk {

QString ScheduleText::time(const QDateTime &utc, const QTimeZone &zone, bool withDate)
{
    const QDateTime local = utc.toTimeZone(zone);
    const QString clock = local.time().toString(QStringLiteral("HH:mm"));
    if (!withDate)
        return clock;
    return tr("%1, %2").arg(QLocale().toString(local.date(), QStringLiteral("ddd d MMM")), clock);
}

QString ScheduleText::statusLine(const ScheduleItem &item, const QTimeZone &zone, bool retryPending)
{
    const QString platform = Formatting::platformName(item.platformName);
    const QString lastAt =
        item.lastAttemptAt.isValid() ? time(item.lastAttemptAt, zone, true) : QString();
    const QString error = errorText(item.lastError);
    if (item.status == QLatin1String("published")) {
        if (item.publishedUrl.isEmpty())
            return tr("%1: published").arg(platform);
        return tr("%1: published at %2").arg(platform, item.publishedUrl);
    }
    if (item.status == QLatin1String("publishing")) {
        const QDateTime since = item.lastAttemptAt.isValid()
                                    ? item.lastAttemptAt
                                    : item.scheduledFor.addSecs(item.jitterSeconds);
        return tr("%1: publishing since %2 (attempt %3 of %4); the service is sending it now. "
                  "The calendar refreshes by itself.")
            .arg(platform, time(since, zone, true))
            .arg(item.attempts + 1)
            .arg(MaxAttempts);
    }
    if (item.status == QLatin1String("failed")) {
        const QString failed =
            tr("%1: failed after %n attempt(s), last at %2: %3", nullptr, item.attempts)
                .arg(platform, lastAt, error);
        return retryPending ? tr("%1 A retry is scheduled.").arg(failed) : failed;
    }
    if (item.attempts > 0)
        return tr("%1: attempt %2 failed at %3: %4. The service tries again (%5 of %6 "
                  "attempts left).")
            .arg(platform)
            .arg(item.attempts)
            .arg(lastAt, error)
            .arg(MaxAttempts - item.attempts)
            .arg(MaxAttempts);
    return tr("%1: waiting").arg(platform);
}

QString ScheduleText::errorText(const QString &code)
{
    if (code.isEmpty())
        return tr("no reason given");
    if (code == QLatin1String("TOKEN_EXPIRED"))
        return tr("the account's sign-in has expired (reconnect it, then retry)");
    if (code == QLatin1String("INSUFFICIENT_CREDITS"))
        return tr("not enough credits (buy credits, then retry)");
    if (code == QLatin1String("NOT_FOUND"))
        return tr("the draft or the account no longer exists");
    return code; // a sentence from the service, or a code this build does not know
}

QString ScheduleText::statusGlyph(const QString &status, int attempts)
{
    if (status == QLatin1String("published"))
        return QStringLiteral("\u2713");
    if (status == QLatin1String("publishing"))
        return QStringLiteral("\u27f3");
    if (status == QLatin1String("failed") || attempts > 0)
        return QStringLiteral("!");
    return QStringLiteral("\u25f7");
}

} // namespace CreatorDesk
