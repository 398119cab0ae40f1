// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Formatting.h"

#include "connections/AccountStatus.h"

#include <QLocale>
#include <QRegularExpression>

#include <limits>

namespace CreatorDesk {

QString Formatting::localDate(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().date(), QStringLiteral("d MMM yyyy"));
}

QString Formatting::localTime(const QDateTime &utc)
{
    // The locale's short format, without seconds: some locales (C among them) include them.
    static const QRegularExpression seconds(QStringLiteral("[:.]?s+"));
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return QLocale().toString(utc.toLocalTime().time(), format);
}

QString Formatting::localDateTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    if (local.date() == QDate::currentDate())
        return tr("today %1").arg(localTime(utc));
    return tr("%1, %2").arg(localDate(utc), localTime(utc));
}

QString Formatting::age(const QDateTime &utc, const QDateTime &now)
{
    const qint64 seconds = qMax<qint64>(0, utc.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("on %1").arg(localDate(utc));
}

QString Formatting::creditsSummary(const AccountStatus &status, const QDateTime &now)
{
    if (!status.hasBalance())
        return status.client() ? tr("Credits: checking…") : tr("Credits: no connection");
    const int balance =
        int(qBound(qint64(0), status.balance(), qint64(std::numeric_limits<int>::max())));
    const QString summary =
        status.expiresAt().isValid()
            ? tr("%n credits · expire %1", nullptr, balance).arg(localDate(status.expiresAt()))
            : tr("%n credits", nullptr, balance);
    if (!status.isStaleAt(now))
        return summary;
    return tr("%1 (as of %2)").arg(summary, age(status.fetchedAt(), now));
}

QString Formatting::rateLimit(const RateLimitInfo &info)
{
    if (!info.isKnown())
        return tr("Requests: not reported yet");
    if (!info.resetsAt.isValid())
        return tr("Requests: %1/%2").arg(info.remaining).arg(info.limit);
    return tr("Requests: %1/%2 · resets %3")
        .arg(QString::number(info.remaining), QString::number(info.limit),
             localTime(info.resetsAt));
}

QString Formatting::connectionState(const AccountStatus &status)
{
    switch (status.state()) {
    case AccountStatus::State::NoConnection:
        return tr("Not connected");
    case AccountStatus::State::Connecting:
        return tr("Connecting…");
    case AccountStatus::State::Online:
        return tr("Online");
    case AccountStatus::State::Error:
        return tr("Connection problem");
    }
    return {};
}

QString Formatting::platformName(const QString &platform)
{
    const QString key = platform.toLower();
    if (key == QLatin1String("twitter") || key == QLatin1String("x"))
        return tr("X (Twitter)");
    if (key == QLatin1String("bluesky"))
        return tr("Bluesky");
    if (key == QLatin1String("mastodon"))
        return tr("Mastodon");
    if (key == QLatin1String("threads"))
        return tr("Threads");
    if (key == QLatin1String("linkedin"))
        return tr("LinkedIn");
    return platform; // a platform newer than this build: its own name
}

QString Formatting::draftStatus(const QString &status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("scheduled"))
        return tr("Scheduled");
    if (status == QLatin1String("published"))
        return tr("Published");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    return status;
}

QString Formatting::scheduleStatus(const QString &status)
{
    if (status == QLatin1String("scheduled") || status == QLatin1String("pending"))
        return tr("Waiting");
    if (status == QLatin1String("processing") || status == QLatin1String("publishing"))
        return tr("Publishing now");
    if (status == QLatin1String("published") || status == QLatin1String("completed"))
        return tr("Published");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

} // namespace CreatorDesk
