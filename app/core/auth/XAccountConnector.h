// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoopbackAuthFlow.h"
#include "api/ApiClient.h"

namespace CreatorDesk {

// Connects an X account to a social set: POST /twitter/auth with the loopback listener as the
// return address, the browser, then GET /twitter/callback with the captured code and state.
class XAccountConnector final : public LoopbackAuthFlow
{
    Q_OBJECT

public:
    XAccountConnector(ApiClient *api, BrowserLauncher openBrowser, QObject *parent = nullptr);

    void start(const QString &socialSetId, TwitterConnectMode mode);

Q_SIGNALS:
    void succeeded(const CreatorDesk::TwitterConnectResult &result);

protected:
    void callbackReceived(const QUrlQuery &query) override;

private:
    QPointer<ApiClient> m_api;
};

} // namespace CreatorDesk
