// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/KeyVerifier.h"

#include "api/HttpClient.h"
#include "api/TypedCall.h"

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

QString KeyVerifier::costQuestion(const ServiceDescriptor &service)
{
    if (service.verifyCostCredits <= 0)
        return {};
    return Tr::tr("%1 can only check a key by running a request that costs %n credit(s) when the "
                  "key works (nothing when it fails).",
                  nullptr, service.verifyCostCredits)
        .arg(service.name);
}

ApiJob *KeyVerifier::verify(HttpClient &http, QObject *context, ResultHandler<Verification> handler,
                            CreditSpending spending)
{
    const auto endpoint = http.service().endpoint(QStringLiteral("verify"));
    ApiRequest request;
    request.method = endpoint->method;
    request.path = endpoint->path;
    if (request.method == "POST")
        request.body = nlohmann::json::object();
    request.retrySafe = http.service().verifyCostCredits == 0;
    request.endpointMustExist = true;
    const QString cost = costQuestion(http.service());
    if (!cost.isEmpty() && spending == CreditSpending::Refuse) {
        const ApiError refused = ApiError::policy(
            Tr::tr("%1 The key was not checked, so that no credit is spent without asking.")
                .arg(cost));
        ApiJob *job = http.failed(refused);
        QObject::connect(job, &ApiJob::finished, context, [refused, handler = std::move(handler)] {
            handler(Result<Verification>(refused));
        });
        return job;
    }
    const QUrl asked = endpointUrl(http, request);
    const QUrl documented = http.service().baseUrl;
    ApiJob *job = http.send(request);
    QObject::connect(
        job, &ApiJob::finished, context, [job, asked, documented, handler = std::move(handler)] {
            if (std::optional<ApiError> error = job->error()) {
                error->noteEndpointMissing(asked, documented);
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
