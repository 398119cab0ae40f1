// SPDX-License-Identifier: GPL-3.0-or-later
// The system's reachability backend is a plugin that talks to the system (D-Bus, GLib); it is
// loaded with the first connection, so that start-up does not wait for it.
#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "publish/ConnectivityMonitor.h"
#include "services/ServiceRegistry.h"

#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QTest>

using namespace CreatorDesk;

class TestConnectivityMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemWatchedFromFirstConnection();
};

void TestConnectivityMonitor::systemWatchedFromFirstConnection()
{
    QVERIFY(!QNetworkInformation::instance());
    ConnectivityMonitor monitor;
    QVERIFY2(!QNetworkInformation::instance(), "loaded before there is a connection");
    monitor.setConnection(nullptr, nullptr);
    QVERIFY2(!QNetworkInformation::instance(), "loaded for no connection");
    QVERIFY(monitor.isOnline());

    QNetworkAccessManager network;
    const ServiceRegistry registry = ServiceRegistry::load();
    HttpClient http(&network, *registry.find(QStringLiteral("xaicreator")),
                    QUrl(QStringLiteral("http://127.0.0.1:9/api/v1")));
    ApiClient api(&http);
    monitor.setConnection(&http, &api);
    if (QNetworkInformation::availableBackends().isEmpty())
        QSKIP("Qt has no reachability backend on this system.");
    QVERIFY2(QNetworkInformation::instance(), "not watching the system with a connection");
    QVERIFY(monitor.isOnline());
}

QTEST_GUILESS_MAIN(TestConnectivityMonitor)
#include "tst_connectivitymonitor.moc"
