// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace CreatorDesk {

class ApiClient;
class HttpClient;

// Whether the service can be reached. Offline is learnt from requests that never reached the
// server (refused, no route, no DNS) and from the system's reachability where Qt has a backend
// for it; while offline a cheap request (POST /credits) probes every interval, and its first
// success is "the connection returned".
class ConnectivityMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectivityMonitor(QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    void setConnection(HttpClient *http, ApiClient *client);
    void setProbeInterval(std::chrono::milliseconds interval);
    // A request failed without reaching the server.
    void reportUnreachable();
    // True for the errors that mean the request never left this computer.
    static bool isUnreachable(const ApiError &error);

Q_SIGNALS:
    void wentOffline();
    void connectionReturned();

private:
    void watchSystemReachability();
    void probe();
    void setOnline(bool online);

    QPointer<HttpClient> m_http;
    QPointer<ApiClient> m_client;
    QMetaObject::Connection m_failures;
    QTimer m_probe;
    bool m_online = true;
    bool m_probing = false;
    bool m_watchingSystem = false;
};

} // namespace CreatorDesk
