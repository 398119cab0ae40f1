// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/Connection.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace CreatorDesk {

class ServiceRegistry;

// Builds the xAIcreator connection to a running sandbox and signs in as its demo user. The
// key that sign-in returns is kept in the connection's HttpClient, in memory only.
class DemoConnector final : public QObject
{
    Q_OBJECT

public:
    // The sandbox's demo account (sandbox/DemoData.h); it grants nothing outside the sandbox.
    static constexpr const char *DemoEmail = "demo@creatordesk.test";
    static constexpr const char *DemoPassword = "demo-password";
    static constexpr const char *ServiceId = "xaicreator";

    DemoConnector(QNetworkAccessManager *network, const ServiceRegistry &registry,
                  QObject *parent = nullptr);

    // Signs in at `rootUrl` (the sandbox's address); connected() or failed() follows. The
    // clients it makes are children of this object.
    void connectTo(const QUrl &rootUrl);

Q_SIGNALS:
    void connected(const CreatorDesk::Connection &connection);
    void failed(const QString &reason);

private:
    QNetworkAccessManager *m_network;
    const ServiceRegistry &m_registry;
};

} // namespace CreatorDesk
