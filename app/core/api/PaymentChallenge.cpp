// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/PaymentChallenge.h"

#include <nlohmann/json.hpp>

#include <QHash>

namespace CreatorDesk {

namespace {

// Parses the auth-param list of RFC 9110 (token=token / token="quoted string").
std::optional<QHash<QByteArray, QByteArray>> parseAuthParams(const QByteArray &text)
{
    QHash<QByteArray, QByteArray> params;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto skipSpace = [&] {
        while (i < n && (text[i] == ' ' || text[i] == '\t'))
            ++i;
    };
    while (i < n) {
        skipSpace();
        const qsizetype nameStart = i;
        while (i < n && text[i] != '=' && text[i] != ',' && text[i] != ' ')
            ++i;
        const QByteArray name = text.mid(nameStart, i - nameStart).toLower();
        skipSpace();
        if (name.isEmpty() || i >= n || text[i] != '=')
            return std::nullopt;
        ++i;
        skipSpace();
        QByteArray value;
        if (i < n && text[i] == '"') {
            ++i;
            bool closed = false;
            while (i < n) {
                const char c = text[i++];
                if (c == '\\' && i < n) {
                    value += text[i++];
                } else if (c == '"') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return std::nullopt;
        } else {
            const qsizetype valueStart = i;
            while (i < n && text[i] != ',' && text[i] != ' ')
                ++i;
            value = text.mid(valueStart, i - valueStart);
        }
        if (params.contains(name))
            return std::nullopt;
        params.insert(name, value);
        skipSpace();
        if (i < n) {
            if (text[i] != ',')
                return std::nullopt;
            ++i;
        }
    }
    return params;
}

QString stringField(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_number())
        return QString::fromStdString(it->dump());
    return {};
}

} // namespace

std::optional<PaymentChallenge> PaymentChallenge::parse(const QByteArray &headerValue)
{
    const QByteArray trimmed = headerValue.trimmed();
    static constexpr QByteArrayView scheme = "payment";
    if (trimmed.size() <= scheme.size() || trimmed.left(scheme.size()).toLower() != scheme ||
        (trimmed[scheme.size()] != ' ' && trimmed[scheme.size()] != '\t'))
        return std::nullopt;

    const auto params = parseAuthParams(trimmed.mid(scheme.size()));
    if (!params)
        return std::nullopt;
    for (const char *required : {"id", "realm", "method", "intent", "request"}) {
        if (params->value(required).isEmpty())
            return std::nullopt;
    }

    const auto decoded = QByteArray::fromBase64Encoding(
        params->value("request"), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const auto request =
        nlohmann::json::parse(decoded.decoded.constBegin(), decoded.decoded.constEnd(), nullptr,
                              /*allow_exceptions=*/false);
    if (!request.is_object())
        return std::nullopt;

    PaymentChallenge challenge;
    challenge.id = QString::fromUtf8(params->value("id"));
    challenge.realm = QString::fromUtf8(params->value("realm"));
    challenge.method = QString::fromUtf8(params->value("method"));
    challenge.intent = QString::fromUtf8(params->value("intent"));
    challenge.amount = stringField(request, "amount");
    challenge.currency = stringField(request, "currency");
    challenge.recipient = stringField(request, "recipient");
    if (challenge.amount.isEmpty() || challenge.currency.isEmpty())
        return std::nullopt;
    return challenge;
}

} // namespace CreatorDesk
