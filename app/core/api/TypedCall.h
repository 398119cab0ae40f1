// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "api/HttpClient.h"
#include "api/Result.h"
#include "api/dto/JsonFields.h"

#include <QPointer>

namespace CreatorDesk {

// Hands `handler` a T read from the job's answer (T::fromJson), or the error. The handler
// runs in `context`'s thread, and not at all if `context` is gone by then.
template<typename T>
ApiJob *attachTyped(ApiJob *job, QObject *context, ResultHandler<T> handler)
{
    QObject::connect(job, &ApiJob::finished, context, [job, handler = std::move(handler)] {
        if (const auto &error = job->error()) {
            handler(Result<T>(*error));
            return;
        }
        try {
            handler(Result<T>(T::fromJson(Json::parseObject(job->body()))));
        } catch (const Json::DtoError &error) {
            handler(Result<T>(ApiError::invalidResponse(QString::fromStdString(error.what()))));
        } catch (const nlohmann::json::exception &error) {
            handler(Result<T>(ApiError::invalidResponse(QString::fromStdString(error.what()))));
        }
    });
    return job;
}

// The URL `request` goes to on `http`, for messages.
inline QUrl endpointUrl(const HttpClient &http, const ApiRequest &request)
{
    QUrl url = http.baseUrl();
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + request.path);
    return url;
}

template<typename T>
ApiJob *sendTyped(HttpClient &http, ApiRequest request, QObject *context, ResultHandler<T> handler)
{
    if (request.endpointMustExist) {
        handler = [handler = std::move(handler), asked = endpointUrl(http, request),
                   documented = http.service().baseUrl](const Result<T> &result) {
            if (result) {
                handler(result);
                return;
            }
            ApiError error = result.error();
            error.noteEndpointMissing(asked, documented);
            handler(Result<T>(error));
        };
    }
    return attachTyped<T>(http.send(std::move(request)), context, std::move(handler));
}

} // namespace CreatorDesk
