// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliConnection.h"

#include "api/HttpClient.h"
#include "demo/DemoConnector.h"
#include "demo/DemoSandbox.h"
#include "services/ServiceRegistry.h"
#include "storage/ConnectionStore.h"

namespace CreatorDesk {

CliConnection::CliConnection(const CliOptions &options, const ServiceRegistry &registry,
                             QNetworkAccessManager *network, ConnectionStore *store,
                             QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_registry(registry)
    , m_network(network)
    , m_store(store)
{}

HttpClient *CliConnection::makeClient(const QString &serviceId, const QUrl &baseUrl)
{
    const ServiceDescriptor *service = m_registry.find(serviceId);
    if (!service)
        return nullptr;
    m_http =
        new HttpClient(m_network, *service, baseUrl.isEmpty() ? service->baseUrl : baseUrl, this);
    return m_http;
}

void CliConnection::open(bool withKey)
{
    auto failLater = [this](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
    };
    if (!m_registry.find(m_options.serviceId)) {
        failLater(tr("Unknown service \"%1\". Services: xaicreator, xquik, oqui, example.")
                      .arg(m_options.serviceId));
        return;
    }
    if (m_options.demo) {
        openDemo(withKey);
        return;
    }
    if (!withKey) {
        makeClient(m_options.serviceId, m_options.baseUrl);
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT opened(m_http); }, Qt::QueuedConnection);
        return;
    }
    // The key never comes from the command line, where the process list and the shell
    // history would keep it.
    const QString envKey = qEnvironmentVariable(m_options.keyVariable.toLocal8Bit().constData());
    if (m_options.connectionName.isEmpty() && !envKey.isEmpty()) {
        makeClient(m_options.serviceId, m_options.baseUrl)->setApiKey(envKey);
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT opened(m_http); }, Qt::QueuedConnection);
        return;
    }
    const QList<ConnectionRecord> candidates = chooseStored();
    if (candidates.size() == 1) {
        openStored(candidates.first().id);
        return;
    }
    if (candidates.size() > 1) {
        failLater(ambiguity(candidates));
        return;
    }
    failLater(m_options.connectionName.isEmpty()
                  ? tr("No %1 connection is stored. Sign in with \"login\", set %2, or use --demo.")
                        .arg(m_registry.find(m_options.serviceId)->name, m_options.keyVariable)
                  : tr("No connection is called \"%1\".").arg(m_options.connectionName));
}

QList<ConnectionRecord> CliConnection::chooseStored() const
{
    const QString &wanted = m_options.connectionName;
    if (wanted.isEmpty()) {
        QList<ConnectionRecord> ofService;
        for (const ConnectionRecord &record : m_store->records()) {
            if (record.serviceId == m_options.serviceId)
                ofService.append(record);
        }
        return ofService;
    }
    // The whole name or id; failing that, part of a name ("ana@example.com" of
    // "ana@example.com (xAIcreator, email)"). Several matches are never settled by order.
    if (const QList<ConnectionRecord> exact = m_store->named(wanted); !exact.isEmpty())
        return exact;
    QList<ConnectionRecord> partial;
    for (const ConnectionRecord &record : m_store->records()) {
        if (record.displayName.contains(wanted, Qt::CaseInsensitive))
            partial.append(record);
    }
    return partial;
}

QString CliConnection::ambiguity(const QList<ConnectionRecord> &candidates) const
{
    QString lines;
    for (const ConnectionRecord &record : candidates)
        lines += QStringLiteral("\n  ") + tr("\"%1\" (id %2)").arg(record.displayName, record.id);
    if (m_options.connectionName.isEmpty())
        return tr("%n %1 connection(s) are stored; choose one with --connection NAME:%2", nullptr,
                  int(candidates.size()))
            .arg(m_registry.find(m_options.serviceId)->name, lines);
    return tr("\"%1\" could be any of %n connection(s); choose one with --connection and its "
              "whole name or id:%2",
              nullptr, int(candidates.size()))
        .arg(m_options.connectionName, lines);
}

void CliConnection::openStored(const QString &connectionId)
{
    const ConnectionRecord record = *m_store->record(connectionId);
    m_store->readKey(connectionId, this, [this, record](const SecretResult &secret) {
        if (!secret.ok()) {
            Q_EMIT failed(secret.message);
            return;
        }
        HttpClient *http = makeClient(record.serviceId, record.baseUrl);
        if (!http) {
            Q_EMIT failed(
                tr("The connection \"%1\" is for an unknown service.").arg(record.displayName));
            return;
        }
        http->setApiKey(secret.secret);
        Q_EMIT opened(http);
    });
}

void CliConnection::openDemo(bool withKey)
{
    m_sandbox = new DemoSandbox(this);
    connect(m_sandbox, &DemoSandbox::failed, this, &CliConnection::failed);
    if (withKey && m_options.serviceId == QLatin1String(DemoConnector::ServiceId)) {
        m_connector = new DemoConnector(m_network, m_registry, this);
        connect(m_sandbox, &DemoSandbox::started, m_connector, &DemoConnector::connectTo);
        connect(m_connector, &DemoConnector::failed, this, &CliConnection::failed);
        connect(m_connector, &DemoConnector::connected, this, [this](const Connection &connection) {
            m_http = connection.client ? connection.client->http() : nullptr;
            Q_EMIT opened(m_http);
        });
    } else {
        connect(m_sandbox, &DemoSandbox::started, this, [this, withKey](const QUrl &root) {
            const ServiceDescriptor *service = m_registry.find(m_options.serviceId);
            QUrl baseUrl = root;
            baseUrl.setPath(service->sandboxPath);
            makeClient(service->id, baseUrl);
            if (withKey) {
                Q_EMIT failed(
                    tr("The demo signs in to xAIcreator only; use --service xaicreator."));
                return;
            }
            Q_EMIT opened(m_http);
        });
    }
    m_sandbox->start();
}

void CliConnection::close()
{
    if (m_sandbox && m_sandbox->isRunning()) {
        connect(m_sandbox, &DemoSandbox::stopped, this, &CliConnection::stopped);
        m_sandbox->stop();
        return;
    }
    QMetaObject::invokeMethod(this, &CliConnection::stopped, Qt::QueuedConnection);
}

} // namespace CreatorDesk
