// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/HttpClient.h"
#include "credits/CreditCost.h"
#include "credits/SpendingRecord.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

namespace CreatorDesk {

class ApiJob;

// Notices the spending calls of one connection as they succeed (publish, quote, multi-platform
// and platform posts) and says what each cost. It watches every job of the connection's
// HttpClient, so publishing code needs nothing extra; code that spends in another way calls
// record().
class SpendingTracker final : public QObject
{
    Q_OBJECT

public:
    explicit SpendingTracker(QObject *parent = nullptr);

    void setConnection(HttpClient *http);
    HttpClient *http() const { return m_http; }
    // "xaicreator http://127.0.0.1:1234/api/v1": which account a record belongs to.
    static QString connectionKey(const HttpClient &http);

public Q_SLOTS:
    // A spending call that succeeded, described by its caller.
    void record(const QString &what, qint64 credits);

Q_SIGNALS:
    void spent(const CreatorDesk::SpendingRecord &record);

private:
    void watch(CreatorDesk::ApiJob *job);

    QPointer<HttpClient> m_http;
    QMetaObject::Connection m_jobConnection;
};

} // namespace CreatorDesk
