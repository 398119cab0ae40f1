// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BrowserLauncher.h"
#include "LoopbackListener.h"
#include "api/ApiClient.h"

#include <QObject>
#include <QPointer>

namespace CreatorDesk {

// Connects an X account to a social set: POST /twitter/auth with the loopback listener as the
// return address, the browser, then GET /twitter/callback with the captured code and state.
class XAccountConnector final : public QObject
{
    Q_OBJECT

public:
    XAccountConnector(ApiClient *api, BrowserLauncher openBrowser, QObject *parent = nullptr);

    LoopbackListener &listener() { return m_listener; }
    void start(const QString &socialSetId, TwitterConnectMode mode);
    void cancel();

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url, bool browserOpened);
    void succeeded(const CreatorDesk::TwitterConnectResult &result);
    void failed(const QString &message, bool cancelled);

private:
    void fail(const QString &message, bool cancelled = false);

    QPointer<ApiClient> m_api;
    BrowserLauncher m_openBrowser;
    LoopbackListener m_listener;
    QPointer<ApiJob> m_job;
    bool m_finished = false;
};

} // namespace CreatorDesk
