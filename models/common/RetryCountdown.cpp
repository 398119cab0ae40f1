// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RetryCountdown.h"

#include "api/ApiJob.h"
#include "api/HttpClient.h"

namespace CreatorDesk {

RetryCountdown::RetryCountdown(QObject *parent)
    : QObject(parent)
{}

void RetryCountdown::setConnection(HttpClient *http)
{
    if (m_http == http)
        return;
    disconnect(m_jobConnection);
    disconnect(m_failureConnection);
    m_http = http;
    m_retries.clear();
    m_waitUntil = {};
    m_reason.clear();
    if (m_http) {
        m_jobConnection = connect(m_http, &HttpClient::jobStarted, this, &RetryCountdown::watch);
        m_failureConnection =
            connect(m_http, &HttpClient::requestFailed, this, &RetryCountdown::onFailed);
    }
    Q_EMIT changed();
}

RetryCountdown::State RetryCountdown::state() const
{
    return stateAt(QDateTime::currentDateTimeUtc());
}

RetryCountdown::State RetryCountdown::stateAt(const QDateTime &now) const
{
    if (!m_retries.isEmpty())
        return State::Retrying;
    if (m_waitUntil.isValid() && m_waitUntil > now)
        return State::Waiting;
    return State::Idle;
}

QDateTime RetryCountdown::retryAt() const
{
    QDateTime earliest;
    for (const QDateTime &at : m_retries)
        if (!earliest.isValid() || at < earliest)
            earliest = at;
    return earliest.isValid() ? earliest : m_waitUntil;
}

int RetryCountdown::secondsLeftAt(const QDateTime &now) const
{
    const QDateTime at = retryAt();
    if (!at.isValid())
        return 0;
    // Rounded up: "1 s" until the moment itself.
    return int(qMax<qint64>(0, (now.msecsTo(at) + 999) / 1000));
}

QString RetryCountdown::textAt(const QDateTime &now) const
{
    const int seconds = secondsLeftAt(now);
    switch (stateAt(now)) {
    case State::Idle:
        return {};
    case State::Retrying:
        if (seconds == 0)
            return tr("Sending again now…");
        return tr("Sending again in %n s.", nullptr, seconds);
    case State::Waiting:
        if (seconds >= 120)
            return tr("Rate limited: you can try again in %n min.", nullptr, (seconds + 59) / 60);
        return tr("Rate limited: you can try again in %n s.", nullptr, seconds);
    }
    return {};
}

void RetryCountdown::watch(ApiJob *job)
{
    connect(job, &ApiJob::retrying, this, [this, job](int, int delayMs, const ApiError &reason) {
        if (job->parent() != m_http)
            return; // a job of a connection no longer shown
        m_retries.insert(job, QDateTime::currentDateTimeUtc().addMSecs(delayMs));
        m_reason = reason.userMessage();
        Q_EMIT changed();
    });
    connect(job, &ApiJob::finished, this, [this, job] {
        if (m_retries.remove(job) > 0)
            Q_EMIT changed();
    });
}

void RetryCountdown::onFailed(const ApiError &error)
{
    // A rate limit that the core gave up on (it asked to wait longer than the core waits by
    // itself): the person may try again at the time the server named.
    if (!error.isRateLimit() || !error.retryAt.isValid())
        return;
    m_waitUntil = error.retryAt;
    m_reason = error.userMessage();
    Q_EMIT changed();
}

} // namespace CreatorDesk
