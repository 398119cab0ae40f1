// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BrowserLauncher.h"
#include "LoopbackListener.h"
#include "api/ApiClient.h"

#include <QObject>
#include <QPointer>

namespace CreatorDesk {

// Signs in to xAIcreator with Google or X: a loopback listener, the service's auth URL, the
// browser, the callback with a matching state, then the code exchanged for an API key.
class OAuthSignIn final : public QObject
{
    Q_OBJECT

public:
    OAuthSignIn(ApiClient *api, ApiClient::OAuthProvider provider, BrowserLauncher openBrowser,
                QObject *parent = nullptr);

    LoopbackListener &listener() { return m_listener; }
    void start();
    // Works at any moment; failed() follows with cancelled = true.
    void cancel();

Q_SIGNALS:
    // The URL the person's browser should open, also when opening it failed.
    void authorizationUrlReady(const QUrl &url, bool browserOpened);
    void succeeded(const CreatorDesk::SignInResult &result);
    void failed(const QString &message, bool cancelled);

private:
    void fail(const QString &message, bool cancelled = false);
    void exchange(const QUrlQuery &query);

    QPointer<ApiClient> m_api;
    ApiClient::OAuthProvider m_provider;
    BrowserLauncher m_openBrowser;
    LoopbackListener m_listener;
    QPointer<ApiJob> m_job;
    QString m_state;
    bool m_finished = false;
};

} // namespace CreatorDesk
