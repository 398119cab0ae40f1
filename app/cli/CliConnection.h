// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliOptions.h"

#include <QObject>
#include <QPointer>

#include "api/HttpClient.h"
#include "storage/ConnectionRecord.h"

#include <functional>

class QNetworkAccessManager;

namespace CreatorDesk {

class ConnectionStore;
class DemoConnector;
class DemoSandbox;
class ServiceRegistry;

// Opens the connection a CLI command works on: the demo sandbox (signed in), a stored
// connection (key from the keychain), or a base URL with a key from the environment.
class CliConnection final : public QObject
{
    Q_OBJECT

public:
    CliConnection(const CliOptions &options, const ServiceRegistry &registry,
                  QNetworkAccessManager *network, ConnectionStore *store,
                  QObject *parent = nullptr);

    // `withKey` false: a client for signing in, without a key.
    void open(bool withKey);
    HttpClient *http() const { return m_http; }
    // Stops the demo sandbox if one runs; stopped() follows either way.
    void close();

Q_SIGNALS:
    void opened(CreatorDesk::HttpClient *http);
    void failed(const QString &message);
    void stopped();

private:
    void openDemo(bool withKey);
    void openStored(const QString &connectionId);
    // The stored connections --connection (or, without it, --service) names.
    QList<ConnectionRecord> chooseStored() const;
    QString ambiguity(const QList<ConnectionRecord> &candidates) const;
    HttpClient *makeClient(const QString &serviceId, const QUrl &baseUrl);

    const CliOptions &m_options;
    const ServiceRegistry &m_registry;
    QNetworkAccessManager *m_network;
    ConnectionStore *m_store;
    DemoSandbox *m_sandbox = nullptr;
    DemoConnector *m_connector = nullptr;
    QPointer<HttpClient> m_http;
};

} // namespace CreatorDesk
