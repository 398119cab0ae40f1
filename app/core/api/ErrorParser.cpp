// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorParser.h"

#include "dto/JsonFields.h"

#include <nlohmann/json.hpp>

#include <QRegularExpression>

namespace CreatorDesk {

namespace {

constexpr int MaxMessageLength = 500;

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

bool looksLikeCode(const QString &text)
{
    static const QRegularExpression codePattern(
        QStringLiteral("^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$"));
    return codePattern.match(text).hasMatch();
}

} // namespace

ApiError ErrorParser::parse(const Answer &answer)
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = answer.status;

    bool retryOk = false;
    const int retryHeader = answer.retryAfterHeader.trimmed().toInt(&retryOk);
    if (retryOk && retryHeader >= 0)
        error.retryAfterSeconds = retryHeader;

    if (!answer.wwwAuthenticateHeader.isEmpty())
        error.paymentChallenge = PaymentChallenge::parse(answer.wwwAuthenticateHeader);

    const auto body = nlohmann::json::parse(answer.body.constBegin(), answer.body.constEnd(),
                                            nullptr, /*allow_exceptions=*/false);
    if (!body.is_object()) {
        // An HTML error page from a proxy or load balancer says nothing we can use.
        error.message = answer.contentType.contains("html") || answer.body.trimmed().startsWith('<')
                            ? QStringLiteral("HTTP %1").arg(answer.status)
                            : QString::fromUtf8(answer.body.left(MaxMessageLength)).simplified();
        return error;
    }

    const QString errorField = stringField(body, "error");
    error.message = stringField(body, "message");
    if (looksLikeCode(errorField) && errorField.contains(QLatin1Char('_')))
        error.code = errorField;
    else if (looksLikeCode(errorField) && errorField == errorField.toLower())
        error.code = errorField; // Xquik's "unauthorized", "payment_required"
    else if (error.message.isEmpty())
        error.message = errorField; // oqui puts its sentence in `error`

    if (const auto retry = integerField(body, {"retry_after", "retryAfter"}); retry && *retry >= 0)
        error.retryAfterSeconds = static_cast<int>(std::min<qint64>(*retry, 24 * 3600));
    error.creditsRequired = integerField(body, {"credits_required", "creditsRequired"});
    error.creditsAvailable = integerField(body, {"credits_available", "creditsAvailable"});
    return error;
}

} // namespace CreatorDesk
