// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyVerifier.h"

#include "api/HttpClient.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::KeyVerifier)
};

// A balance, where the answer has one, makes the result more useful than "it works".
std::optional<qint64> balanceIn(const QByteArray &body)
{
    const auto json = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (!json.is_object())
        return std::nullopt;
    for (const char *key : {"balance", "creditsRemaining"}) {
        if (json.contains(key) && json[key].is_number_integer())
            return json[key].get<qint64>();
    }
    if (json.contains("credits") && json["credits"].is_object() &&
        json["credits"].contains("balance") && json["credits"]["balance"].is_number_integer())
        return json["credits"]["balance"].get<qint64>();
    return std::nullopt;
}
} // namespace

ApiJob *KeyVerifier::verify(HttpClient &http, QObject *context, ResultHandler<Verification> handler)
{
    const auto endpoint = http.service().endpoint(QStringLiteral("verify"));
    ApiRequest request;
    request.method = endpoint->method;
    request.path = endpoint->path;
    if (request.method == "POST")
        request.body = nlohmann::json::object();
    // Verification only reads (oqui's costs a credit, which is why it is never automatic).
    request.retrySafe = true;
    ApiJob *job = http.send(request);
    QObject::connect(job, &ApiJob::finished, context, [job, handler = std::move(handler)] {
        if (const auto &error = job->error()) {
            handler(Result<Verification>(*error));
            return;
        }
        const auto balance = balanceIn(job->body());
        handler(Result<Verification>(Verification{
            balance ? Tr::tr("The key works. Balance: %n credit(s).", nullptr, int(*balance))
                    : Tr::tr("The key works.")}));
    });
    return job;
}

} // namespace CreatorDesk
