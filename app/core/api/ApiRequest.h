// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <optional>

class QHttpMultiPart;

namespace CreatorDesk {

// One HTTP call, relative to a connection's base URL.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    std::optional<nlohmann::json> body;
    QHttpMultiPart *multipart = nullptr; // taken over by the job that sends it
    bool authenticated = true;
    // Safe to send again after a lost answer: reads, deletions, and writes that carry a
    // client-generated id the server de-duplicates on.
    bool retrySafe = false;
    int transferTimeoutMs = 30'000;
    // Every server of the service has this endpoint (no item id in it), so a 404 says the base
    // URL is wrong rather than that something was deleted.
    bool endpointMustExist = false;

    static ApiRequest get(const QString &path)
    {
        return {"GET", path, {}, {}, nullptr, true, true};
    }
    static ApiRequest post(const QString &path, nlohmann::json body = nlohmann::json::object())
    {
        return {"POST", path, {}, std::move(body), nullptr, true, false};
    }
    static ApiRequest del(const QString &path)
    {
        return {"DELETE", path, {}, {}, nullptr, true, true};
    }

    ApiRequest &withQuery(const QString &key, const QString &value)
    {
        query.addQueryItem(key, value);
        return *this;
    }
    ApiRequest &unauthenticated()
    {
        authenticated = false;
        return *this;
    }
    ApiRequest &safeToRetry()
    {
        retrySafe = true;
        return *this;
    }
    ApiRequest &mustExist()
    {
        endpointMustExist = true;
        return *this;
    }
};

struct RetryPolicy
{
    int maxAttempts = 4;
    int initialDelayMs = 400;
    int maxDelayMs = 8'000;
    // A server that asks to wait longer than this gets its error shown instead of a silent wait.
    int maxRetryAfterSeconds = 30;
};

} // namespace CreatorDesk
