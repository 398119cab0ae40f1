// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStatus.h"

#include "api/ApiClient.h"
#include "api/HttpClient.h"

namespace CreatorDesk {

AccountStatus::AccountStatus(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(DefaultRefreshInterval);
    connect(&m_timer, &QTimer::timeout, this, &AccountStatus::refresh);
}

bool AccountStatus::isStale() const
{
    return isStaleAt(QDateTime::currentDateTimeUtc());
}

bool AccountStatus::isStaleAt(const QDateTime &now) const
{
    return m_fetchedAt.isValid() && m_fetchedAt.msecsTo(now) > m_timer.interval();
}

void AccountStatus::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    Q_EMIT changed();
}

void AccountStatus::setClient(ApiClient *client)
{
    if (m_client == client)
        return;
    m_request.cancel();
    disconnect(m_rateLimitConnection);
    m_client = client;
    m_loading = false;
    m_balance = 0;
    m_expiresAt = {};
    m_fetchedAt = {};
    m_lastError.clear();
    m_rateLimit = {};
    m_state = client ? State::Connecting : State::NoConnection;
    if (m_client) {
        m_rateLimit = m_client->http()->rateLimit();
        m_rateLimitConnection = connect(m_client->http(), &HttpClient::rateLimitChanged, this,
                                        &AccountStatus::setRateLimit);
        m_timer.start();
        refresh();
    } else {
        m_timer.stop();
    }
    Q_EMIT changed();
}

void AccountStatus::refresh()
{
    if (!m_client)
        return;
    const int ticket = m_request.next();
    m_loading = true;
    m_request.track(m_client->credits(this, [this, ticket](const Result<CreditBalance> &result) {
        if (!m_request.isCurrent(ticket))
            return;
        m_loading = false;
        if (result) {
            m_balance = result.value().balance;
            m_expiresAt = result.value().expiresAt;
            m_fetchedAt = QDateTime::currentDateTimeUtc();
            m_lastError.clear();
            m_state = State::Online;
        } else {
            // The last known balance stays; it is marked stale once it is old.
            m_lastError = result.error().userMessage();
            m_state = State::Error;
        }
        Q_EMIT changed();
    }));
    // Restart the interval: a manual refresh counts as the periodic one.
    m_timer.start();
    Q_EMIT changed();
}

void AccountStatus::notifySpending()
{
    refresh();
}

void AccountStatus::setRateLimit(const RateLimitInfo &info)
{
    m_rateLimit = info;
    Q_EMIT changed();
}

} // namespace CreatorDesk
