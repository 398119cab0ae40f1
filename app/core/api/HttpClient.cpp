// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/HttpClient.h"

#include "services/UrlPolicy.h"

#include <QNetworkAccessManager>
#include <QSysInfo>

namespace CreatorDesk {

HttpClient::HttpClient(QNetworkAccessManager *network, ServiceDescriptor service, QUrl baseUrl,
                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_service(std::move(service))
    , m_baseUrl(std::move(baseUrl))
{
    // A path is appended; a trailing slash would double it.
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_baseUrl.setPath(path);
}

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("CreatorDesk/" CREATORDESK_VERSION " (") +
           QSysInfo::productType().toUtf8() + "; Qt " + qVersion() + ")";
}

QUrl HttpClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QNetworkRequest HttpClient::buildRequest(const ApiRequest &request) const
{
    QNetworkRequest networkRequest(urlFor(request.path, request.query));
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    networkRequest.setRawHeader("Accept", "application/json");
    if (request.body)
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArrayLiteral("application/json"));
    if (request.authenticated && !m_apiKey.isEmpty())
        networkRequest.setRawHeader(m_service.authHeaderName(),
                                    m_service.authHeaderValue(m_apiKey));
    // The key header must never follow a redirect to another origin.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setTransferTimeout(request.transferTimeoutMs);
    return networkRequest;
}

ApiJob *HttpClient::send(ApiRequest request)
{
    const QNetworkRequest networkRequest = buildRequest(request);
    const bool missingKey = request.authenticated && m_apiKey.isEmpty();
    auto *job = new ApiJob(m_network, networkRequest, std::move(request), m_retryPolicy, this);
    connect(job, &ApiJob::rateLimitSeen, this, [this](const RateLimitInfo &info) {
        if (info == m_rateLimit)
            return;
        m_rateLimit = info;
        Q_EMIT rateLimitChanged(info);
    });
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->error() && job->error()->kind != ApiError::Kind::Cancelled)
            Q_EMIT requestFailed(*job->error());
    });
    if (const QString problem = UrlPolicy::violation(networkRequest.url()); !problem.isEmpty())
        job->failBeforeSending(ApiError::policy(problem));
    else if (missingKey)
        job->failBeforeSending(ApiError::policy(
            tr("No API key is set for %1. Add one in the API keys pane.").arg(m_service.name)));
    else
        job->start();
    Q_EMIT jobStarted(job);
    return job;
}

ApiJob *HttpClient::failed(const ApiError &error)
{
    auto *job = new ApiJob(m_network, QNetworkRequest(), ApiRequest(), m_retryPolicy, this);
    job->failBeforeSending(error);
    return job;
}

} // namespace CreatorDesk
