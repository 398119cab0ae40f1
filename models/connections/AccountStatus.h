// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "api/RateLimitInfo.h"
#include "common/RequestTracker.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace CreatorDesk {

class CreditThreshold;
class RetryCountdown;
class Settings;
class SpendingHistoryModel;
class SpendingTracker;
class XquikClient;
struct SpendingRecord;

// Balance, expiry and rate limit of the active connection. xAIcreator: POST /credits; Xquik:
// plan, quota and credits from GET /account; other services report no balance. Asked on
// demand, after every spending call and every refresh interval. Owns the spending history,
// the warning threshold and the retry countdown of the connection, so that the pane and the
// status bar show the same state.
class AccountStatus final : public QObject
{
    Q_OBJECT

public:
    enum class State { NoConnection, Connecting, Online, Error };
    Q_ENUM(State)
    enum class Source { None, XaiCredits, XquikAccount, NoBalance };
    Q_ENUM(Source)

    // The warning level is kept in `settings` and the spending history in `historyFile`.
    AccountStatus(Settings *settings, const QString &historyFile, QObject *parent = nullptr);
    // Both kept for this run only.
    explicit AccountStatus(QObject *parent = nullptr);

    ApiClient *client() const { return m_client; }
    HttpClient *http() const { return m_http; }
    Source source() const { return m_source; }
    QString serviceName() const;
    QString connectionKey() const { return m_connectionKey; }
    State state() const { return m_state; }
    bool hasBalance() const { return m_fetchedAt.isValid() && m_hasCredits; }
    qint64 balance() const { return m_balance; }
    QDateTime expiresAt() const { return m_expiresAt; } // UTC; invalid: no expiry
    QDateTime fetchedAt() const { return m_fetchedAt; } // UTC; invalid: not yet
    bool isLoading() const { return m_loading; }
    // The balance is older than the refresh interval (a refresh failed or is overdue).
    bool isStale() const;
    bool isStaleAt(const QDateTime &now) const;
    // Credits that expire within ExpiryWarningDays of `now`.
    bool expiresSoonAt(const QDateTime &now) const;
    bool isBelowThreshold() const;
    QString lastError() const { return m_lastError; }
    // The newest payment-required answer (402) of any call of this connection, in words.
    QString paymentProblem() const { return m_paymentProblem; }
    RateLimitInfo rateLimit() const { return m_rateLimit; }

    // Xquik's account (GET /account).
    QString plan() const { return m_plan; }
    qint64 quotaLimit() const { return m_quotaLimit; }
    qint64 quotaUsed() const { return m_quotaUsed; }
    QDateTime quotaResetsAt() const { return m_quotaResetsAt; }

    SpendingHistoryModel *history() const { return m_history; }
    CreditThreshold *threshold() const { return m_threshold; }
    RetryCountdown *retries() const { return m_retries; }
    SpendingTracker *spending() const { return m_spending; }

    std::chrono::milliseconds refreshInterval() const { return m_timer.intervalAsDuration(); }
    void setRefreshInterval(std::chrono::milliseconds interval);

    static constexpr std::chrono::minutes DefaultRefreshInterval{5};
    static constexpr int ExpiryWarningDays = 7;

public Q_SLOTS:
    // Any service; `client` is the xAIcreator API of `http`, null for other services.
    void setConnection(CreatorDesk::HttpClient *http, CreatorDesk::ApiClient *client);
    void setClient(CreatorDesk::ApiClient *client);
    void refresh();
    // Something was just spent (a publish, an upload): the balance is out of date.
    void notifySpending();

Q_SIGNALS:
    void changed();
    void paymentRequired(const QString &sentence);

private:
    void refreshXai();
    void refreshXquik();
    void onBalance(qint64 balance, const QDateTime &expiresAt);
    void onFailed(const CreatorDesk::ApiError &error);
    void onSpent(const CreatorDesk::SpendingRecord &record);
    void setRateLimit(const CreatorDesk::RateLimitInfo &info);
    void clearValues();

    QPointer<HttpClient> m_http;
    QPointer<ApiClient> m_client;
    XquikClient *m_xquik = nullptr;
    QMetaObject::Connection m_rateLimitConnection;
    QMetaObject::Connection m_failureConnection;
    RequestTracker m_request;
    QTimer m_timer;
    SpendingHistoryModel *m_history;
    CreditThreshold *m_threshold;
    RetryCountdown *m_retries;
    SpendingTracker *m_spending;
    Source m_source = Source::None;
    QString m_connectionKey;
    State m_state = State::NoConnection;
    bool m_loading = false;
    bool m_hasCredits = false;
    qint64 m_balance = 0;
    QDateTime m_expiresAt;
    QDateTime m_fetchedAt;
    QString m_lastError;
    QString m_paymentProblem;
    RateLimitInfo m_rateLimit;
    QString m_plan;
    qint64 m_quotaLimit = -1;
    qint64 m_quotaUsed = -1;
    QDateTime m_quotaResetsAt;
};

} // namespace CreatorDesk
