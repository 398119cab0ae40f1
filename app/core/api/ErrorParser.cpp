// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ErrorParser.h"

#include "api/dto/JsonFields.h"

#include <nlohmann/json.hpp>

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace CreatorDesk {

namespace {

constexpr int MaxMessageLength = 500;
constexpr qint64 MaxWaitSeconds = 24 * 3600;

std::optional<qint64> integerField(const nlohmann::json &object,
                                   std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const auto it = object.find(name);
        if (it == object.end())
            continue;
        if (const std::optional<qint64> number = Json::toInt64(*it))
            return number; // a fraction is cut off; a number beyond 64 bits is no count
        if (it->is_string()) {
            bool ok = false;
            const qint64 value = QString::fromStdString(it->get<std::string>()).toLongLong(&ok);
            if (ok)
                return value;
        }
    }
    return std::nullopt;
}

QString stringField(const nlohmann::json &object, const char *name)
{
    const auto it = object.find(name);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>()).left(MaxMessageLength);
}

// An HTTP-date (RFC 9110 5.6.7): IMF-fixdate, which servers send, or the two obsolete forms
// that recipients must still read. The day name is redundant and skipped; date and time are read
// apart and joined in UTC, so that no local-time rule (a daylight-saving gap) can touch them.
QDateTime httpDate(const QByteArray &header)
{
    const QStringList parts = QString::fromLatin1(header).simplified().split(QLatin1Char(' '));
    const QLocale c = QLocale::c();
    const auto gmt = [&parts](qsizetype index) {
        return parts.value(index) == QLatin1String("GMT");
    };
    QDate date;
    QString time;
    if (parts.size() == 6 && gmt(5)) { // Sun, 06 Nov 1994 08:49:37 GMT
        date = c.toDate(parts.mid(1, 3).join(QLatin1Char(' ')), QStringLiteral("dd MMM yyyy"));
        time = parts.at(4);
    } else if (parts.size() == 4 && gmt(3)) { // Sunday, 06-Nov-94 08:49:37 GMT
        date = c.toDate(parts.at(1), QStringLiteral("dd-MMM-yy"));
        if (date.isValid() && date.year() < 1970)
            date = date.addYears(100);
        time = parts.at(2);
    } else if (parts.size() == 5) { // Sun Nov  6 08:49:37 1994
        date =
            c.toDate(parts.at(1) + QLatin1Char(' ') + parts.at(2) + QLatin1Char(' ') + parts.at(4),
                     QStringLiteral("MMM d yyyy"));
        time = parts.at(3);
    }
    const QTime clock = c.toTime(time, QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !clock.isValid())
        return {};
    return QDateTime(date, clock, Qt::UTC);
}

// Whole seconds from `now` until `at`, rounded up so that a retry never comes early.
qint64 secondsUntil(const QDateTime &now, const QDateTime &at)
{
    const qint64 ms = now.msecsTo(at);
    return std::clamp<qint64>((ms + 999) / 1000, 0, MaxWaitSeconds);
}

bool looksLikeCode(const QString &text)
{
    static const QRegularExpression codePattern(
        QStringLiteral("^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$"));
    return codePattern.match(text).hasMatch();
}

// The code, sentence, wait and credit figures of a JSON error body, in any service's shape.
void readBody(const nlohmann::json &body, ApiError &error, std::optional<qint64> &wait)
{
    const QString errorField = stringField(body, "error");
    error.message = stringField(body, "message");
    if (looksLikeCode(errorField) && errorField.contains(QLatin1Char('_')))
        error.code = errorField;
    else if (looksLikeCode(errorField) &&
             (errorField == errorField.toLower() || errorField == errorField.toUpper()))
        error.code = errorField; // Xquik's "unauthorized", xAIcreator's "UNAUTHORIZED"
    else if (error.message.isEmpty())
        error.message = errorField; // oqui puts its sentence in `error`

    if (const auto retry = integerField(body, {"retry_after", "retryAfter"}); retry && *retry >= 0)
        wait = std::min(*retry, MaxWaitSeconds);
    error.creditsRequired = integerField(body, {"credits_required", "creditsRequired"});
    error.creditsAvailable = integerField(body, {"credits_available", "creditsAvailable"});
}

} // namespace

ApiError ErrorParser::parse(const Answer &answer)
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = answer.status;
    error.rateLimit = answer.rateLimit;
    const QDateTime now =
        answer.receivedAt.isValid() ? answer.receivedAt : QDateTime::currentDateTimeUtc();
    // Dates in an answer are on the server's clock; its Date header says where that stands.
    const QDateTime serverNow = httpDate(answer.dateHeader);
    const QDateTime &clock = serverNow.isValid() ? serverNow : now;

    // Retry-After is delay-seconds or an HTTP-date (RFC 9110 10.2.3).
    std::optional<qint64> wait;
    bool retryOk = false;
    const qint64 retryHeader = answer.retryAfterHeader.trimmed().toLongLong(&retryOk);
    if (retryOk && retryHeader >= 0)
        wait = std::min(retryHeader, MaxWaitSeconds);
    else if (const QDateTime at = httpDate(answer.retryAfterHeader); at.isValid())
        wait = secondsUntil(clock, at);

    if (!answer.wwwAuthenticateHeader.isEmpty())
        error.paymentChallenge = PaymentChallenge::parse(answer.wwwAuthenticateHeader);

    const auto body = nlohmann::json::parse(answer.body.constBegin(), answer.body.constEnd(),
                                            nullptr, /*allow_exceptions=*/false);
    if (!body.is_object()) {
        // An HTML error page from a proxy or load balancer says nothing we can use.
        error.message = answer.contentType.contains("html") || answer.body.trimmed().startsWith('<')
                            ? QStringLiteral("HTTP %1").arg(answer.status)
                            : QString::fromUtf8(answer.body.left(MaxMessageLength)).simplified();
    } else {
        readBody(body, error, wait);
    }
    // A rate limit lasts until its window resets (X-RateLimit-Reset), whatever else was said.
    if (error.isRateLimit() && error.rateLimit.resetsAt.isValid())
        wait = std::max(wait.value_or(0), secondsUntil(clock, error.rateLimit.resetsAt));
    if (wait) {
        error.retryAfterSeconds = int(*wait);
        error.retryAt = now.addSecs(*wait);
    }
    return error;
}

} // namespace CreatorDesk
