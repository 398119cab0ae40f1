// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoConnector.h"

#include "Logging.h"
#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "services/ServiceRegistry.h"

namespace CreatorDesk {

DemoConnector::DemoConnector(QNetworkAccessManager *network, const ServiceRegistry &registry,
                             QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_registry(registry)
{}

void DemoConnector::connectTo(const QUrl &rootUrl)
{
    const ServiceDescriptor *descriptor = m_registry.find(QLatin1String(ServiceId));
    if (!descriptor) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT failed(tr("This build has no description of the xAIcreator service, so the "
                                 "demo cannot connect. Please report this as a bug."));
            },
            Qt::QueuedConnection);
        return;
    }

    QUrl baseUrl = rootUrl;
    baseUrl.setPath(rootUrl.path() + descriptor->sandboxPath);
    auto *http = new HttpClient(m_network, *descriptor, baseUrl, this);
    auto *client = new ApiClient(http, this);

    Connection connection;
    connection.displayName = tr("%1 demo (local sandbox)").arg(descriptor->name);
    connection.serviceId = descriptor->id;
    connection.serviceName = descriptor->name;
    connection.baseUrl = http->baseUrl();
    connection.environment = Connection::Environment::Sandbox;
    connection.http = http;
    connection.client = client;

    const QPointer<HttpClient> guardedHttp = http;
    client->login(QLatin1String(DemoEmail), QLatin1String(DemoPassword), this,
                  [this, guardedHttp, connection](const Result<SignInResult> &result) {
                      if (!result || !guardedHttp) {
                          const QString reason =
                              result ? tr("The demo connection was closed while signing in.")
                                     : tr("Signing in to the demo server failed: %1")
                                           .arg(result.error().userMessage());
                          Q_EMIT failed(reason);
                          return;
                      }
                      guardedHttp->setApiKey(result.value().apiKey.key);
                      qCInfo(lcApp) << "signed in to the demo server";
                      Q_EMIT connected(connection);
                  });
}

} // namespace CreatorDesk
