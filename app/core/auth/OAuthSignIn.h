// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "auth/LoopbackAuthFlow.h"

namespace CreatorDesk {

// Signs in to xAIcreator with Google or X: a loopback listener, the service's auth URL, the
// browser, the callback with a matching state, then the code exchanged for an API key.
class OAuthSignIn final : public LoopbackAuthFlow
{
    Q_OBJECT

public:
    OAuthSignIn(ApiClient *api, ApiClient::OAuthProvider provider, BrowserLauncher openBrowser,
                QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void succeeded(const CreatorDesk::SignInResult &result);

protected:
    void callbackReceived(const QUrlQuery &query) override;

private:
    QPointer<ApiClient> m_api;
    ApiClient::OAuthProvider m_provider;
    QString m_state;
};

} // namespace CreatorDesk
