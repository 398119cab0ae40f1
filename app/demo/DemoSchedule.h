// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace CreatorDesk {

class ApiClient;

// Fills the demo account's calendar so it looks like someone's working week: drafts spread
// over the coming weeks on every platform, two that overlap, jitter on some, one that goes
// out a minute after start (a "published" notice) and one to an account whose sign-in has
// expired (its failed attempts, their reason, and Retry). Everything goes through the API.
class DemoSchedule final : public QObject
{
    Q_OBJECT

public:
    explicit DemoSchedule(ApiClient *client, QObject *parent = nullptr);

    void populate();

Q_SIGNALS:
    void finished();

private:
    struct Plan
    {
        QString title;
        QString text;
        int inDays;      // from today, in the system's time zone
        int minuteOfDay; // wall clock; -1: `inSeconds` from now instead
        int inSeconds;
        QStringList accounts; // "acc-personal-twitter" etc.
        bool jitter;
    };
    void next();

    QPointer<ApiClient> m_client;
    QList<Plan> m_plans;
};

} // namespace CreatorDesk
