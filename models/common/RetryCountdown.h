// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

namespace CreatorDesk {

class ApiJob;
class HttpClient;
struct ApiError;

// When a request of the active connection goes again (the core retries refused and idempotent
// calls by itself), or, after a rate limit it does not wait for, when the person may try again.
// Widgets count down to retryAt() each second.
class RetryCountdown final : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Retrying, Waiting };
    Q_ENUM(State)

    explicit RetryCountdown(QObject *parent = nullptr);

    void setConnection(HttpClient *http);
    State state() const;
    State stateAt(const QDateTime &now) const;
    QDateTime retryAt() const; // UTC; the earliest pending moment
    int secondsLeftAt(const QDateTime &now) const;
    int pendingRetries() const { return int(m_retries.size()); }
    QString reason() const { return m_reason; } // why, in the core's words

    // "Sending again in 12 s (too many requests)." / "Rate limited: you can try again in 42 s."
    QString textAt(const QDateTime &now) const;

Q_SIGNALS:
    void changed();

private:
    void watch(CreatorDesk::ApiJob *job);
    void onFailed(const CreatorDesk::ApiError &error);

    QPointer<HttpClient> m_http;
    QMetaObject::Connection m_jobConnection;
    QMetaObject::Connection m_failureConnection;
    QHash<const ApiJob *, QDateTime> m_retries; // job -> when it is sent again (UTC)
    QDateTime m_waitUntil;                      // a rate limit that was not retried
    QString m_reason;
};

} // namespace CreatorDesk
