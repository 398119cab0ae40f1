// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/AccountStatus.h"

#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "api/XquikClient.h"
#include "common/RetryCountdown.h"
#include "credits/CreditThreshold.h"
#include "credits/SpendingHistoryModel.h"
#include "credits/SpendingTracker.h"

namespace CreatorDesk {

AccountStatus::AccountStatus(QObject *parent)
    : AccountStatus(nullptr, {}, parent)
{}

AccountStatus::AccountStatus(Settings *settings, const QString &historyFile, QObject *parent)
    : QObject(parent)
    , m_history(new SpendingHistoryModel(this))
    , m_threshold(new CreditThreshold(settings, this))
    , m_retries(new RetryCountdown(this))
    , m_spending(new SpendingTracker(this))
{
    if (!historyFile.isEmpty())
        m_history->setStorageFile(historyFile);
    m_timer.setInterval(DefaultRefreshInterval);
    connect(&m_timer, &QTimer::timeout, this, &AccountStatus::refresh);
    connect(m_spending, &SpendingTracker::spent, this, &AccountStatus::onSpent);
    connect(m_threshold, &CreditThreshold::thresholdChanged, this, [this] {
        if (hasBalance())
            m_threshold->observe(m_connectionKey, m_balance);
        Q_EMIT changed();
    });
}

QString AccountStatus::serviceName() const
{
    return m_http ? m_http->service().name : QString();
}

bool AccountStatus::isStale() const
{
    return isStaleAt(QDateTime::currentDateTimeUtc());
}

bool AccountStatus::isStaleAt(const QDateTime &now) const
{
    return m_fetchedAt.isValid() && m_fetchedAt.msecsTo(now) > m_timer.interval();
}

bool AccountStatus::expiresSoonAt(const QDateTime &now) const
{
    return m_expiresAt.isValid() && now.daysTo(m_expiresAt) < ExpiryWarningDays;
}

bool AccountStatus::isBelowThreshold() const
{
    return hasBalance() && m_threshold->isBelow(m_balance);
}

void AccountStatus::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    Q_EMIT changed();
}

void AccountStatus::clearValues()
{
    m_loading = false;
    m_hasCredits = false;
    m_balance = 0;
    m_expiresAt = {};
    m_fetchedAt = {};
    m_lastError.clear();
    m_paymentProblem.clear();
    m_rateLimit = {};
    m_plan.clear();
    m_quotaLimit = -1;
    m_quotaUsed = -1;
    m_quotaResetsAt = {};
}

void AccountStatus::setClient(ApiClient *client)
{
    setConnection(client ? client->http() : nullptr, client);
}

void AccountStatus::setConnection(HttpClient *http, ApiClient *client)
{
    if (m_http == http && m_client == client)
        return;
    m_request.cancel();
    disconnect(m_rateLimitConnection);
    disconnect(m_failureConnection);
    delete m_xquik;
    m_xquik = nullptr;
    m_http = http;
    m_client = client;
    clearValues();
    m_spending->setConnection(http);
    m_retries->setConnection(http);
    m_connectionKey = http ? SpendingTracker::connectionKey(*http) : QString();
    if (!http) {
        m_source = Source::None;
        m_state = State::NoConnection;
    } else if (client) {
        m_source = Source::XaiCredits;
    } else if (http->service().id == QLatin1String("xquik")) {
        m_source = Source::XquikAccount;
        m_xquik = new XquikClient(http, this);
    } else {
        m_source = Source::NoBalance;
    }
    if (http) {
        m_rateLimit = http->rateLimit();
        m_rateLimitConnection =
            connect(http, &HttpClient::rateLimitChanged, this, &AccountStatus::setRateLimit);
        m_failureConnection =
            connect(http, &HttpClient::requestFailed, this, &AccountStatus::onFailed);
        // Nothing to ask a service without a balance: it is "online" as far as this shows.
        m_state = m_source == Source::NoBalance ? State::Online : State::Connecting;
    }
    if (m_source == Source::XaiCredits || m_source == Source::XquikAccount) {
        m_timer.start();
        refresh();
    } else {
        m_timer.stop();
    }
    Q_EMIT changed();
}

void AccountStatus::refresh()
{
    if (m_source == Source::XaiCredits && m_client)
        refreshXai();
    else if (m_source == Source::XquikAccount && m_xquik)
        refreshXquik();
    else {
        // Nothing to ask such a service: asked to look again (the connection came back), it is
        // online as far as this shows.
        if (m_source == Source::NoBalance && m_state == State::Error) {
            m_state = State::Online;
            m_lastError.clear();
            Q_EMIT changed();
        }
        return;
    }
    // Restart the interval: a manual refresh counts as the periodic one.
    m_timer.start();
    Q_EMIT changed();
}

void AccountStatus::refreshXai()
{
    const int ticket = m_request.next();
    m_loading = true;
    m_request.track(m_client->credits(this, [this, ticket](const Result<CreditBalance> &result) {
        if (!m_request.isCurrent(ticket))
            return;
        m_loading = false;
        if (result) {
            onBalance(result.value().balance, result.value().expiresAt);
            return;
        }
        // The last known balance stays; it is marked stale once it is old.
        m_lastError = result.error().userMessage();
        m_state = State::Error;
        Q_EMIT changed();
    }));
}

void AccountStatus::refreshXquik()
{
    const int ticket = m_request.next();
    m_loading = true;
    m_request.track(m_xquik->account(this, [this, ticket](const Result<XquikAccount> &result) {
        if (!m_request.isCurrent(ticket))
            return;
        m_loading = false;
        if (!result) {
            m_lastError = result.error().userMessage();
            m_state = State::Error;
            Q_EMIT changed();
            return;
        }
        const XquikAccount &account = result.value();
        m_plan = account.plan;
        m_quotaLimit = account.quotaLimit;
        m_quotaUsed = account.quotaUsed;
        m_quotaResetsAt = account.quotaResetsAt;
        if (account.creditBalance) {
            onBalance(*account.creditBalance, {});
            return;
        }
        m_hasCredits = false;
        m_fetchedAt = QDateTime::currentDateTimeUtc();
        m_lastError.clear();
        m_state = State::Online;
        Q_EMIT changed();
    }));
}

void AccountStatus::onBalance(qint64 balance, const QDateTime &expiresAt)
{
    m_hasCredits = true;
    m_balance = balance;
    m_expiresAt = expiresAt;
    m_fetchedAt = QDateTime::currentDateTimeUtc();
    m_lastError.clear();
    m_state = State::Online;
    m_history->settleBalance(m_connectionKey, balance);
    m_threshold->observe(m_connectionKey, balance);
    Q_EMIT changed();
}

void AccountStatus::notifySpending()
{
    refresh();
}

void AccountStatus::onSpent(const SpendingRecord &record)
{
    m_history->append(record);
    // A payment-required answer is answered by spending that worked.
    m_paymentProblem.clear();
    notifySpending();
}

void AccountStatus::onFailed(const ApiError &error)
{
    // No answer at all: whatever was shown is no longer known to hold, so say so until the
    // next answer (the offline banner says the same).
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
        error.kind == ApiError::Kind::UnknownOutcome) {
        m_state = State::Error;
        m_lastError = error.userMessage();
        Q_EMIT changed();
        return;
    }
    if (error.kind != ApiError::Kind::Http || error.httpStatus != 402)
        return;
    m_paymentProblem = error.userMessage();
    Q_EMIT paymentRequired(m_paymentProblem);
    Q_EMIT changed();
    // The server just said how many credits there are; ask for the exact balance.
    if (error.creditsAvailable)
        refresh();
}

void AccountStatus::setRateLimit(const RateLimitInfo &info)
{
    m_rateLimit = info;
    Q_EMIT changed();
}

} // namespace CreatorDesk
