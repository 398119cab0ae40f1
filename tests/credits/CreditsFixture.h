// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "services/ServiceRegistry.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

namespace CreatorDesk::Testing {

// The demo sandbox's keys (sandbox/DemoData.h): test keys that grant nothing elsewhere.
inline const QString xaiDemoKey = QStringLiteral("sk-demo-4f9c2b7e1a6d8e3f5b0c9a7d2e4f6a8b");
inline const QString xaiEmptyKey = QStringLiteral("sk-empty-0000000000000000000000000000000");
inline const QString xquikKey =
    QStringLiteral("xq_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
inline const QString oquiLiveKey = QStringLiteral("ckiq_live_demo0000000000000000000000");
inline const QString demoEmail = QStringLiteral("demo@creatordesk.test");

// One connection to a service of a running sandbox: its HttpClient, and the xAIcreator API
// when it is one.
class ServiceConnection final
{
public:
    ServiceConnection(QNetworkAccessManager *network, const SandboxProcess &sandbox,
                      const QString &serviceId, const QString &key)
    {
        static const ServiceRegistry registry = ServiceRegistry::load();
        const ServiceDescriptor *service = registry.find(serviceId);
        Q_ASSERT(service);
        http = std::make_unique<HttpClient>(network, *service,
                                            sandbox.serviceUrl(service->sandboxPath));
        http->setApiKey(key);
        RetryPolicy fast;
        fast.initialDelayMs = 50;
        http->setRetryPolicy(fast);
        if (serviceId == QLatin1String("xaicreator"))
            api = std::make_unique<ApiClient>(http.get());
    }

    std::unique_ptr<HttpClient> http;
    std::unique_ptr<ApiClient> api;
};

} // namespace CreatorDesk::Testing
