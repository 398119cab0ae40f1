// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/RateLimitInfo.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace CreatorDesk {

// One request in flight, with its retries. Emits finished() exactly once, never from inside
// the call that created it, then deletes itself.
class ApiJob final : public QObject
{
    Q_OBJECT

public:
    ApiJob(QNetworkAccessManager *network, QNetworkRequest request, ApiRequest spec,
           RetryPolicy policy, QObject *parent);
    ~ApiJob() override;

    void start();
    void failBeforeSending(const ApiError &error);
    // Stops the request; finished() follows with a Cancelled error.
    void abort();

    bool succeeded() const { return m_finished && !m_error; }
    const std::optional<ApiError> &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    int attempts() const { return m_attempts; }
    QString method() const { return QString::fromLatin1(m_spec.method); }
    QString path() const { return m_spec.path; }

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);
    void rateLimitSeen(const CreatorDesk::RateLimitInfo &info);
    void retrying(int attempt, int delayMs, const CreatorDesk::ApiError &reason);
    void finished();

private:
    void sendAttempt();
    void onReplyFinished();
    ApiError errorFromReply(QNetworkReply &reply, const RateLimitInfo &rateLimit) const;
    bool scheduleRetry(const ApiError &error);
    void finish(std::optional<ApiError> error);

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    ApiRequest m_spec;
    QByteArray m_payload;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    int m_attempts = 0;
    int m_status = 0;
    QByteArray m_body;
    std::optional<ApiError> m_error;
    bool m_aborted = false;
    bool m_tooLarge = false; // the answer went over the size cap and was stopped
    bool m_finished = false;
};

} // namespace CreatorDesk
