// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiJob.h"

#include "Logging.h"
#include "api/ErrorParser.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace CreatorDesk {

namespace {
// A hostile or broken server must not fill memory: no documented answer comes near this.
constexpr qint64 MaxResponseBytes = 32 * 1024 * 1024;
} // namespace

ApiJob::ApiJob(QNetworkAccessManager *network, QNetworkRequest request, ApiRequest spec,
               RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_spec(std::move(spec))
    , m_policy(policy)
{
    if (m_spec.body)
        m_payload = QByteArray::fromStdString(m_spec.body->dump());
    if (m_spec.multipart) {
        m_spec.multipart->setParent(this);
        m_spec.retrySafe = false; // the parts stream from disk once
    }
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::start()
{
    // Queued, so that the caller can connect to finished() before anything can happen.
    QMetaObject::invokeMethod(this, &ApiJob::sendAttempt, Qt::QueuedConnection);
}

void ApiJob::failBeforeSending(const ApiError &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort(); // onReplyFinished() reports the cancellation
    else
        finish(ApiError::cancelled());
}

void ApiJob::sendAttempt()
{
    if (m_finished || m_aborted)
        return;
    ++m_attempts;
    m_tooLarge = false;
    QNetworkReply *reply = nullptr;
    if (m_spec.multipart)
        reply = m_network->sendCustomRequest(m_request, m_spec.method, m_spec.multipart);
    else if (m_spec.body)
        reply = m_network->sendCustomRequest(m_request, m_spec.method, m_payload);
    else
        reply = m_network->sendCustomRequest(m_request, m_spec.method);
    m_reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // Qt ends every upload with a (0, 0) report; passing it on would reset progress bars.
        if (total > 0)
            Q_EMIT uploadProgress(sent, total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        // A declared length over the cap is refused before its body arrives.
        if ((received > MaxResponseBytes || total > MaxResponseBytes) && m_reply) {
            m_tooLarge = true;
            m_reply->abort(); // drops what was buffered; onReplyFinished() reports the size
        }
    });
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    qCDebug(lcApi) << "sending" << m_spec.method << m_spec.path << "attempt" << m_attempts;
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const RateLimitInfo rateLimit = RateLimitInfo::fromReply(*reply);
    if (rateLimit.isKnown())
        Q_EMIT rateLimitSeen(rateLimit);

    if (m_aborted) {
        finish(ApiError::cancelled());
        return;
    }
    m_body = m_tooLarge ? QByteArray() : reply->read(MaxResponseBytes + 1);
    // Never retried: the next answer would be as large.
    if (m_tooLarge || m_body.size() > MaxResponseBytes) {
        m_body.clear();
        finish(ApiError::invalidResponse(
            tr("the answer is larger than %1 MB").arg(MaxResponseBytes >> 20)));
        return;
    }
    qCInfo(lcApi) << m_spec.method << m_spec.path << "->" << m_status << reply->error();

    if (reply->error() == QNetworkReply::NoError && m_status >= 200 && m_status < 300) {
        finish(std::nullopt);
        return;
    }
    const ApiError error = errorFromReply(*reply, rateLimit);
    if (scheduleRetry(error))
        return;
    finish(error);
}

ApiError ApiJob::errorFromReply(QNetworkReply &reply, const RateLimitInfo &rateLimit) const
{
    // Codes below 200 are transport and proxy failures; an answer cut off mid-body is one too,
    // whatever status line came first.
    const bool transportFailure = reply.error() != QNetworkReply::NoError && reply.error() < 200;
    if (m_status > 0 && !transportFailure) {
        ErrorParser::Answer answer;
        answer.status = m_status;
        answer.body = m_body;
        answer.contentType = reply.header(QNetworkRequest::ContentTypeHeader).toByteArray();
        answer.retryAfterHeader = reply.rawHeader("Retry-After");
        answer.wwwAuthenticateHeader = reply.rawHeader("WWW-Authenticate");
        answer.dateHeader = reply.rawHeader("Date");
        answer.rateLimit = rateLimit;
        return ErrorParser::parse(answer);
    }
    ApiError error;
    error.networkError = reply.error();
    error.message = reply.errorString();
    error.host = m_request.url().host();
    const bool timedOut = reply.error() == QNetworkReply::OperationCanceledError ||
                          reply.error() == QNetworkReply::TimeoutError;
    error.kind = timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network;
    // Without an answer a write may or may not have happened; say so unless it was never sent.
    const bool neverSent = reply.error() == QNetworkReply::ConnectionRefusedError ||
                           reply.error() == QNetworkReply::HostNotFoundError ||
                           reply.error() == QNetworkReply::SslHandshakeFailedError ||
                           reply.error() == QNetworkReply::ProxyConnectionRefusedError ||
                           reply.error() == QNetworkReply::ProxyNotFoundError;
    if (!m_spec.retrySafe && !neverSent)
        error.kind = ApiError::Kind::UnknownOutcome;
    return error;
}

bool ApiJob::scheduleRetry(const ApiError &error)
{
    if (!error.isTransient() || m_attempts >= m_policy.maxAttempts)
        return false;
    // A rate limit (the documented 403, or a 429) means the request was refused unexecuted, so
    // even a write may go again, with the same body and so the same jobId; other failures only
    // for requests that are safe to repeat.
    const bool refusedUntouched = error.isRateLimit();
    const bool neverSent = error.kind == ApiError::Kind::Network &&
                           error.networkError == QNetworkReply::ConnectionRefusedError;
    if (!m_spec.retrySafe && !refusedUntouched && !neverSent)
        return false;
    if (m_spec.multipart)
        return false;

    // A long wait is not slept through: the error reaches the person, saying until when.
    if (error.retryAfterSeconds > m_policy.maxRetryAfterSeconds)
        return false;
    int delayMs = 0;
    if (error.retryAfterSeconds > 0) {
        delayMs = *error.retryAfterSeconds * 1000;
    } else {
        const int exponential = m_policy.initialDelayMs << std::min(m_attempts - 1, 10);
        delayMs = std::min(exponential, m_policy.maxDelayMs);
        delayMs += static_cast<int>(QRandomGenerator::global()->bounded(delayMs / 4 + 1));
    }
    qCInfo(lcApi) << "retrying" << m_spec.method << m_spec.path << "in" << delayMs << "ms";
    Q_EMIT retrying(m_attempts + 1, delayMs, error);
    m_retryTimer.start(delayMs);
    return true;
}

void ApiJob::finish(std::optional<ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    Q_EMIT finished();
    deleteLater();
}

} // namespace CreatorDesk
