// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "auth/BrowserLauncher.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace CreatorDesk {

// Connects an X account as the document describes it: POST /twitter/auth (socialSetId, mode,
// followOnX; no return address), the browser, where X and then the service's own
// GET /twitter/callback finish the authorization, while the social sets are watched
// (GET /social-sets, at a growing interval) until the new X account appears in them.
class XAccountConnector final : public QObject
{
    Q_OBJECT

public:
    XAccountConnector(ApiClient *api, BrowserLauncher openBrowser, QObject *parent = nullptr);

    void start(const TwitterConnectRequest &request);
    // Works at any moment; failed() follows with cancelled = true.
    void cancel();
    // The first and the longest wait between two looks at the social sets, and when to give up.
    void setPolling(std::chrono::milliseconds first, std::chrono::milliseconds longest,
                    std::chrono::milliseconds giveUpAfter);

Q_SIGNALS:
    // The URL the person's browser should open, also when opening it failed.
    void authorizationUrlReady(const QUrl &url, bool browserOpened);
    // Each look at the social sets that found nothing new yet.
    void stillWaiting(int secondsWaited);
    void succeeded(const CreatorDesk::TwitterConnectResult &result);
    void failed(const QString &message, bool cancelled);

private:
    void remember(const SocialSetList &sets);
    void openBrowser(const TwitterConnectSession &session);
    void look();
    void fail(const QString &message, bool cancelled = false);

    QPointer<ApiClient> m_api;
    BrowserLauncher m_openBrowser;
    TwitterConnectRequest m_request;
    QSet<QString> m_knownAccounts; // X accounts before the browser: the new one is not here
    QTimer m_timer;
    QElapsedTimer m_waited;
    std::chrono::milliseconds m_interval{2000};
    std::chrono::milliseconds m_longest{15000};
    std::chrono::milliseconds m_giveUpAfter{std::chrono::minutes(10)};
    QPointer<ApiJob> m_job;
    bool m_finished = false;
};

} // namespace CreatorDesk
