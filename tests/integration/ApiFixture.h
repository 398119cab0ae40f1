// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "services/ServiceRegistry.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

namespace CreatorDesk::Testing {

// The demo sandbox's keys (sandbox/DemoData.h); test keys that grant nothing elsewhere.
inline const QString demoKey = QStringLiteral("sk-demo-4f9c2b7e1a6d8e3f5b0c9a7d2e4f6a8b");
inline const QString emptyKey = QStringLiteral("sk-empty-0000000000000000000000000000000");
inline const QString demoEmail = QStringLiteral("demo@creatordesk.test");
inline const QString demoPassword = QStringLiteral("demo-password");

// Waits (in a test only) for a call that reports through a ResultHandler<T>.
template<typename T, typename Call>
Result<T> await(Call call, int timeoutMs = 30'000)
{
    std::optional<Result<T>> result;
    QObject context;
    call(&context, [&result](const Result<T> &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    if (!result)
        return Result<T>(ApiError::policy(QStringLiteral("test time-out")));
    return *result;
}

// One connection to a service of a running sandbox.
class Connection final
{
public:
    Connection(const SandboxProcess &sandbox, const QString &serviceId, const QString &key)
    {
        const ServiceDescriptor service = descriptor(serviceId);
        open(service, sandbox.serviceUrl(service.sandboxPath), key);
    }
    // The same at another address: a scripted server that stands in for the service.
    Connection(const QUrl &baseUrl, const QString &serviceId, const QString &key)
    {
        open(descriptor(serviceId), baseUrl, key);
    }

    QNetworkAccessManager network;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<ApiClient> api;

private:
    static ServiceDescriptor descriptor(const QString &serviceId)
    {
        const ServiceRegistry registry = ServiceRegistry::load();
        const ServiceDescriptor *service = registry.find(serviceId);
        Q_ASSERT(service);
        return *service;
    }

    void open(const ServiceDescriptor &service, const QUrl &baseUrl, const QString &key)
    {
        http = std::make_unique<HttpClient>(&network, service, baseUrl);
        http->setApiKey(key);
        RetryPolicy fast;
        fast.initialDelayMs = 50;
        http->setRetryPolicy(fast);
        api = std::make_unique<ApiClient>(http.get());
    }
};

} // namespace CreatorDesk::Testing
