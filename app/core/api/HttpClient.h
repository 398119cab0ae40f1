// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "api/ApiRequest.h"
#include "api/RateLimitInfo.h"
#include "services/ServiceDescriptor.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace CreatorDesk {

// One connection to one service: base URL, key and rate-limit state. Builds every request
// (auth header from the descriptor, User-Agent, time-out, redirect policy) in one place.
class HttpClient final : public QObject
{
    Q_OBJECT

public:
    HttpClient(QNetworkAccessManager *network, ServiceDescriptor service, QUrl baseUrl,
               QObject *parent = nullptr);

    const ServiceDescriptor &service() const { return m_service; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Kept in memory only; the keychain is the place that remembers it.
    void setApiKey(const QString &key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // For comparisons (is this the key in use?); never for display or logs.
    const QString &apiKey() const { return m_apiKey; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RateLimitInfo rateLimit() const { return m_rateLimit; }

    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;
    ApiJob *send(ApiRequest request);
    // A job that reports `error` without sending anything.
    ApiJob *failed(const ApiError &error);

    static QByteArray userAgent();

Q_SIGNALS:
    void rateLimitChanged(const CreatorDesk::RateLimitInfo &info);
    // Every call that ended in an error, so that one place can react to an expired sign-in
    // (TOKEN_EXPIRED) or a revoked key (401) wherever it happens.
    void requestFailed(const CreatorDesk::ApiError &error);
    // Every request sent, for observers of the whole connection (the pending-retry countdown,
    // the record of spending calls). Emitted before the request leaves; the job reports later.
    void jobStarted(CreatorDesk::ApiJob *job);

private:
    QNetworkRequest buildRequest(const ApiRequest &request) const;

    QNetworkAccessManager *m_network;
    ServiceDescriptor m_service;
    QUrl m_baseUrl;
    QString m_apiKey;
    RetryPolicy m_retryPolicy;
    RateLimitInfo m_rateLimit;
};

} // namespace CreatorDesk
