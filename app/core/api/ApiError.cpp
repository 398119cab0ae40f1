// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiError.h"

#include <QCoreApplication>
#include <QLocale>

namespace CreatorDesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::ApiError)
};

QString networkSentence(const ApiError &error)
{
    const QString host = error.host.isEmpty() ? Tr::tr("the server") : error.host;
    switch (error.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return Tr::tr("%1 refused the connection. The service may be down or the address may be "
                      "wrong; check the connection's base URL and try again.")
            .arg(host);
    case QNetworkReply::HostNotFoundError:
        return Tr::tr("%1 could not be found. Check your internet connection and the "
                      "connection's base URL.")
            .arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return Tr::tr("%1 closed the connection before answering. Try again in a moment.")
            .arg(host);
    case QNetworkReply::InsecureRedirectError:
        // Only same-origin redirects are followed (HttpClient), so this is another address.
        return Tr::tr("%1 redirected the request to another address. Creator Desk did not follow "
                      "it, so that your API key is not sent anywhere else; check the "
                      "connection's base URL.")
            .arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return Tr::tr("The secure connection to %1 could not be verified. Creator Desk does not "
                      "send keys over a connection it cannot trust; check the system's date, "
                      "proxy and certificates.")
            .arg(host);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Tr::tr("The proxy server refused or lost the connection to %1. Check the system's "
                      "proxy settings.")
            .arg(host);
    case QNetworkReply::TooManyRedirectsError:
        return Tr::tr("%1 redirected the request too often; it was stopped.").arg(host);
    default:
        return Tr::tr("Could not talk to %1 (%2). Check your connection and try again.")
            .arg(host, error.message);
    }
}

// The local time of `at`, with the date unless it is today.
QString localTime(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString retrySentence(const ApiError &error)
{
    const int seconds = error.retryAfterSeconds.value_or(0);
    if (seconds <= 0)
        return Tr::tr("Too many requests were sent. Wait a moment before trying again.");
    if (seconds < 120)
        return Tr::tr("Too many requests were sent. You can try again in %n second(s).", nullptr,
                      seconds);
    const int minutes = (seconds + 59) / 60;
    if (!error.retryAt.isValid())
        return Tr::tr("Too many requests were sent. You can try again in %n minute(s).", nullptr,
                      minutes);
    return Tr::tr("Too many requests were sent. The limit resets at %1; you can try again then, "
                  "in %n minute(s).",
                  nullptr, minutes)
        .arg(localTime(error.retryAt));
}

QString creditsSentence(const ApiError &error)
{
    if (error.creditsRequired && error.creditsAvailable)
        return Tr::tr("Not enough credits: this needs %1 and your balance is %2. Top up your "
                      "credits, or choose fewer platforms.")
            .arg(*error.creditsRequired)
            .arg(*error.creditsAvailable);
    return Tr::tr("Not enough credits for this. Check your balance in the Credits pane and top "
                  "up, or choose fewer platforms.");
}

QString paymentSentence(const PaymentChallenge &challenge)
{
    return Tr::tr("%1 asks for a payment of %2 %3 by \"%4\" (%5) for this request. Creator Desk "
                  "does not make payments; use an API key for this service instead.")
        .arg(challenge.realm, challenge.amount, challenge.currency.toUpper(), challenge.method,
             challenge.intent);
}

// A 404 from an endpoint every server of the service has: the address is wrong.
QString addressSentence(const ApiError &error)
{
    const QString server =
        error.missingEndpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo)
            .toString();
    return Tr::tr("The server at %1 has no %2, so the address looks wrong. The service's address "
                  "should end with %3, as in %4; check the server address.")
        .arg(server, error.missingEndpoint.path(), error.documentedBaseUrl.path(),
             error.documentedBaseUrl.toString());
}

QString codeSentence(const ApiError &error)
{
    const QString code = error.code.toUpper();
    if (code == QLatin1String("INVALID_API_KEY") ||
        (code == QLatin1String("UNAUTHORIZED") && error.httpStatus == 401))
        return Tr::tr("The API key was refused: it is missing, wrong or has been revoked. Check "
                      "the key in the API keys pane, or sign in again.");
    if (code == QLatin1String("USER_NOT_FOUND"))
        return Tr::tr("No account is registered with this email address. Creator Desk can only "
                      "sign in existing accounts; create one on the service's website first.");
    if (code == QLatin1String("INVALID_CREDENTIALS"))
        return Tr::tr("The email address or password is wrong. Check both and try again.");
    if (code == QLatin1String("INSUFFICIENT_CREDITS") || error.creditsRequired)
        return creditsSentence(error);
    if (code == QLatin1String("UNAUTHORIZED"))
        return Tr::tr("Your account is not allowed to do this (%1).").arg(error.message);
    if (code == QLatin1String("NOT_FOUND"))
        return Tr::tr("The server no longer has this item; it may have been deleted elsewhere. "
                      "Refresh the list.");
    if (code == QLatin1String("RATE_LIMITED"))
        return retrySentence(error);
    if (code == QLatin1String("INVALID_INPUT"))
        return Tr::tr("The server refused the request as invalid: %1").arg(error.message);
    if (code == QLatin1String("TOKEN_EXPIRED"))
        return Tr::tr("The sign-in to this social account has expired. Sign in to it again; your "
                      "drafts and settings are kept.");
    if (code == QLatin1String("OAUTH_NOT_CONFIGURED"))
        return Tr::tr("Signing in with Google or X is not set up on this server. Sign in with "
                      "your email address or paste an API key instead.");
    return {};
}

QString statusSentence(const ApiError &error)
{
    switch (error.httpStatus) {
    case 400:
        return Tr::tr("The server refused the request as invalid: %1").arg(error.message);
    case 401:
        return Tr::tr("The API key was refused: it is missing, wrong or has been revoked. Check "
                      "the key in the API keys pane, or sign in again.");
    case 402:
        return creditsSentence(error);
    case 403:
        return Tr::tr("The server does not allow this, or a limit of your plan was reached (%1).")
            .arg(error.message);
    case 404:
        return Tr::tr("The server no longer has this item; it may have been deleted elsewhere. "
                      "Refresh the list.");
    case 413:
        return Tr::tr("The server refused the upload as too large: %1").arg(error.message);
    case 429:
        return retrySentence(error);
    default:
        break;
    }
    if (error.httpStatus >= 500)
        return Tr::tr("The server had an internal problem (HTTP %1). Nothing was lost; try again "
                      "in a moment.")
            .arg(error.httpStatus);
    return Tr::tr("The server answered with HTTP %1: %2").arg(error.httpStatus).arg(error.message);
}

} // namespace

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::Network:
        return networkSentence(*this);
    case Kind::Timeout:
        return Tr::tr("%1 did not answer in time. Check your connection and try again.")
            .arg(host.isEmpty() ? Tr::tr("The server") : host);
    case Kind::UnknownOutcome:
        return Tr::tr("The connection was lost after the request was sent, so it is not known "
                      "whether it took effect. Check before sending it again.");
    case Kind::InvalidResponse:
        return Tr::tr("The server's answer could not be understood (%1). Try again; if it keeps "
                      "happening, the service may have changed.")
            .arg(message);
    case Kind::Policy:
    case Kind::Cancelled:
        return message;
    case Kind::Http:
        break;
    }
    if (paymentChallenge)
        return paymentSentence(*paymentChallenge);
    if (missingEndpoint.isValid())
        return addressSentence(*this);
    if (isRateLimit())
        return retrySentence(*this);
    const QString byCode = codeSentence(*this);
    return byCode.isEmpty() ? statusSentence(*this) : byCode;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return networkError != QNetworkReply::SslHandshakeFailedError &&
               networkError != QNetworkReply::InsecureRedirectError;
    case Kind::Http:
        // A server without OAuth set up stays so however long one waits.
        if (code.compare(QLatin1String("OAUTH_NOT_CONFIGURED"), Qt::CaseInsensitive) == 0)
            return false;
        return isRateLimit() || httpStatus == 500 || httpStatus == 502 || httpStatus == 503 ||
               httpStatus == 504;
    default:
        return false;
    }
}

bool ApiError::isRateLimit() const
{
    if (kind != Kind::Http)
        return false;
    if (httpStatus == 429)
        return true;
    if (httpStatus != 403)
        return false;
    // Another code (UNAUTHORIZED: a permission or the key limit) says what the 403 is.
    if (!code.isEmpty())
        return code.compare(QLatin1String("RATE_LIMITED"), Qt::CaseInsensitive) == 0;
    return rateLimit.isKnown() && rateLimit.remaining == 0;
}

void ApiError::noteEndpointMissing(const QUrl &asked, const QUrl &documentedBase)
{
    // A 404 with a code of the service's own (USER_NOT_FOUND) is an answer, not a wrong address.
    const QString generic = code.toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    if (kind != Kind::Http || httpStatus != 404 ||
        !(generic.isEmpty() || generic == QLatin1String("not_found")))
        return;
    missingEndpoint = asked;
    documentedBaseUrl = documentedBase;
}

ApiError ApiError::policy(const QString &message)
{
    ApiError error;
    error.kind = Kind::Policy;
    error.message = message;
    return error;
}

ApiError ApiError::invalidResponse(const QString &message)
{
    ApiError error;
    error.kind = Kind::InvalidResponse;
    error.message = message;
    return error;
}

ApiError ApiError::cancelled()
{
    ApiError error;
    error.kind = Kind::Cancelled;
    error.message = Tr::tr("The request was cancelled.");
    return error;
}

} // namespace CreatorDesk
