// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/ConnectivityMonitor.h"

#include "api/ApiClient.h"
#include "api/HttpClient.h"

#include <QNetworkInformation>

namespace CreatorDesk {

ConnectivityMonitor::ConnectivityMonitor(QObject *parent)
    : QObject(parent)
{
    m_probe.setInterval(std::chrono::seconds(15));
    connect(&m_probe, &QTimer::timeout, this, &ConnectivityMonitor::probe);
}

void ConnectivityMonitor::watchSystemReachability()
{
    if (m_watchingSystem)
        return;
    m_watchingSystem = true;
    // The system's view where a backend exists (NetworkManager, Windows, macOS); the probe
    // remains the judge of "back", since a network can be up while the service is not. Loaded
    // with the first connection, not at start-up: the backend is a plugin that talks to the
    // system, and without a connection there is nothing to watch.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (!m_http)
                        return;
                    if (reachability == QNetworkInformation::Reachability::Disconnected)
                        reportUnreachable();
                    else if (!m_online)
                        probe();
                });
    }
}

bool ConnectivityMonitor::isUnreachable(const ApiError &error)
{
    if (error.kind != ApiError::Kind::Network)
        return false;
    switch (error.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

void ConnectivityMonitor::setConnection(HttpClient *http, ApiClient *client)
{
    if (m_failures)
        disconnect(m_failures);
    m_http = http;
    m_client = client;
    m_probe.stop();
    m_online = true;
    if (!http)
        return;
    m_failures = connect(http, &HttpClient::requestFailed, this, [this](const ApiError &e) {
        if (isUnreachable(e))
            reportUnreachable();
    });
    watchSystemReachability();
}

void ConnectivityMonitor::setProbeInterval(std::chrono::milliseconds interval)
{
    m_probe.setInterval(interval);
}

void ConnectivityMonitor::reportUnreachable()
{
    setOnline(false);
}

void ConnectivityMonitor::probe()
{
    if (!m_client || m_probing)
        return;
    m_probing = true;
    m_client->credits(this, [this](const Result<CreditBalance> &result) {
        m_probing = false;
        if (result)
            setOnline(true);
    });
}

void ConnectivityMonitor::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online) {
        m_probe.stop();
        Q_EMIT connectionReturned();
    } else {
        m_probe.start();
        Q_EMIT wentOffline();
    }
}

} // namespace CreatorDesk
