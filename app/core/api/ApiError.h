// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/PaymentChallenge.h"
#include "api/RateLimitInfo.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <optional>

namespace CreatorDesk {

// The one error type of every call: what went wrong, in enough detail to say it to a person.
struct ApiError
{
    enum class Kind {
        Http,            // the server answered with a non-2xx status
        Network,         // no answer: refused, dropped, DNS, TLS
        Timeout,         // no answer within the transfer time-out
        UnknownOutcome,  // a non-idempotent request was sent but its answer was lost
        InvalidResponse, // a 2xx answer whose body is not what the API documents
        Policy,          // refused before sending (e.g. plain http to a remote host)
        Cancelled,
    };

    Kind kind = Kind::Http;
    int httpStatus = 0;
    QString code;    // the API's error code: INVALID_API_KEY, credits_required, ...
    QString message; // the server's own text, or what the client found
    // How long the server asked to wait, from the moment of its answer (Retry-After in seconds
    // or as a date, retry_after, or X-RateLimit-Reset for a rate limit), and that moment on
    // this machine's clock (UTC).
    std::optional<int> retryAfterSeconds;
    QDateTime retryAt;
    RateLimitInfo rateLimit; // the answer's X-RateLimit-* headers, when it had them
    std::optional<qint64> creditsRequired;
    std::optional<qint64> creditsAvailable;
    std::optional<PaymentChallenge> paymentChallenge;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString host; // for network errors: which server could not be reached
    // For a 404 from an endpoint every server of the service has: the address asked, and the
    // documented base URL. The base URL in use is then wrong; nothing was deleted.
    QUrl missingEndpoint;
    QUrl documentedBaseUrl;

    // A sentence for a person: what happened and what to do.
    QString userMessage() const;

    // True for answers that may go away by waiting (rate limits, 5xx, network trouble).
    bool isTransient() const;
    // The server refused the request, without acting on it, because too many were sent: the
    // documented 403 with RATE_LIMITED (or with X-RateLimit-Remaining: 0 and no other code),
    // or a 429 from the services that document one.
    bool isRateLimit() const;
    // Marks a 404 from an endpoint that must exist (see missingEndpoint); other errors are kept.
    void noteEndpointMissing(const QUrl &asked, const QUrl &documentedBase);

    static ApiError policy(const QString &message);
    static ApiError invalidResponse(const QString &message);
    static ApiError cancelled();
};

} // namespace CreatorDesk
