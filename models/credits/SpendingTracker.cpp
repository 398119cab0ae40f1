// SPDX-License-Identifier: GPL-3.0-or-later
#include "credits/SpendingTracker.h"

#include "api/ApiJob.h"
#include "api/HttpClient.h"

namespace CreatorDesk {

SpendingTracker::SpendingTracker(QObject *parent)
    : QObject(parent)
{}

void SpendingTracker::setConnection(HttpClient *http)
{
    if (m_http == http)
        return;
    disconnect(m_jobConnection);
    m_http = http;
    if (m_http)
        m_jobConnection = connect(m_http, &HttpClient::jobStarted, this, &SpendingTracker::watch);
}

QString SpendingTracker::connectionKey(const HttpClient &http)
{
    return http.service().id + QLatin1Char(' ') + http.baseUrl().toString(QUrl::RemoveUserInfo);
}

void SpendingTracker::record(const QString &what, qint64 credits)
{
    if (!m_http || credits <= 0)
        return;
    SpendingRecord spending;
    spending.when = QDateTime::currentDateTimeUtc();
    spending.connectionKey = connectionKey(*m_http);
    spending.connectionName = m_http->service().name;
    spending.what = what;
    spending.credits = credits;
    Q_EMIT spent(spending);
}

void SpendingTracker::watch(ApiJob *job)
{
    if (job->method() != QLatin1String("POST"))
        return;
    const QPointer<HttpClient> http = m_http;
    connect(job, &ApiJob::finished, this, [this, job, http] {
        if (!job->succeeded() || http != m_http)
            return;
        if (const auto charge = CreditCost::chargeFor(job->method(), job->path(), job->body()))
            record(charge->what, charge->credits);
    });
}

} // namespace CreatorDesk
