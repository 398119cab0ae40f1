// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace CreatorDesk {

class AccountStatus;
struct RateLimitInfo;

// How times, credits and server words read on screen. Times arrive in UTC and are shown in
// the person's own time zone.
class Formatting final
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)

public:
    static QString localDate(const QDateTime &utc);
    static QString localTime(const QDateTime &utc);
    static QString localDateTime(const QDateTime &utc);
    // "just now", "5 min ago", "3 h ago", or a date for anything older than a day.
    static QString age(const QDateTime &utc, const QDateTime &now);

    // "500 credits · expire 22 Dec 2026", with "(as of 5 min ago)" when stale.
    static QString creditsSummary(const AccountStatus &status, const QDateTime &now);
    // "Requests: 998/1000 · resets 14:00"
    static QString rateLimit(const RateLimitInfo &info);
    static QString connectionState(const AccountStatus &status);

    static QString platformName(const QString &platform);
    static QString draftStatus(const QString &status);
    static QString scheduleStatus(const QString &status);
};

} // namespace CreatorDesk
