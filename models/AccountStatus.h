// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RequestTracker.h"
#include "api/ApiClient.h"

#include "api/RateLimitInfo.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace CreatorDesk {

// Credits and rate limit of the active connection. Asks POST /credits on demand, after
// spending, and every refresh interval; the rate limit follows every answer of the connection.
class AccountStatus final : public QObject
{
    Q_OBJECT

public:
    enum class State { NoConnection, Connecting, Online, Error };
    Q_ENUM(State)

    explicit AccountStatus(QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }
    State state() const { return m_state; }
    bool hasBalance() const { return m_fetchedAt.isValid(); }
    qint64 balance() const { return m_balance; }
    QDateTime expiresAt() const { return m_expiresAt; } // UTC; invalid: no expiry
    QDateTime fetchedAt() const { return m_fetchedAt; } // UTC; invalid: not yet
    bool isLoading() const { return m_loading; }
    // The balance is older than the refresh interval (a refresh failed or is overdue).
    bool isStale() const;
    bool isStaleAt(const QDateTime &now) const;
    QString lastError() const { return m_lastError; }
    RateLimitInfo rateLimit() const { return m_rateLimit; }

    std::chrono::milliseconds refreshInterval() const { return m_timer.intervalAsDuration(); }
    void setRefreshInterval(std::chrono::milliseconds interval);

    static constexpr std::chrono::minutes DefaultRefreshInterval{5};

public Q_SLOTS:
    void setClient(CreatorDesk::ApiClient *client);
    void refresh();
    // Something was just spent (a publish, an upload): the balance is out of date.
    void notifySpending();

Q_SIGNALS:
    void changed();

private:
    void setRateLimit(const CreatorDesk::RateLimitInfo &info);

    QPointer<ApiClient> m_client;
    QMetaObject::Connection m_rateLimitConnection;
    RequestTracker m_request;
    QTimer m_timer;
    State m_state = State::NoConnection;
    bool m_loading = false;
    qint64 m_balance = 0;
    QDateTime m_expiresAt;
    QDateTime m_fetchedAt;
    QString m_lastError;
    RateLimitInfo m_rateLimit;
};

} // namespace CreatorDesk
