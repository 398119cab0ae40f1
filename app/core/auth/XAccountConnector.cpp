// SPDX-License-Identifier: GPL-3.0-or-later
#include "XAccountConnector.h"

namespace CreatorDesk {

XAccountConnector::XAccountConnector(ApiClient *api, BrowserLauncher openBrowser, QObject *parent)
    : LoopbackAuthFlow(std::move(openBrowser),
                       {tr("Connecting the X account was not allowed in the browser."),
                        tr("Connecting the X account was not completed within 5 minutes."),
                        tr("Connecting the X account was cancelled.")},
                       parent)
    , m_api(api)
{}

void XAccountConnector::start(const QString &socialSetId, TwitterConnectMode mode)
{
    if (!m_api) {
        fail(tr("There is no connection to connect the X account with."));
        return;
    }
    if (!listen())
        return;
    TwitterConnectRequest request;
    request.socialSetId = socialSetId;
    request.mode = mode;
    request.redirectUri = listener().redirectUri();
    track(m_api->connectTwitter(request, this, [this](const Result<TwitterConnectSession> &result) {
        if (!result) {
            fail(result.error().userMessage());
            return;
        }
        // The answer carries no state of its own; the one inside the authorization URL is the
        // one the callback must return.
        const QString state = QUrlQuery(result.value().authUrl)
                                  .queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        if (state.isEmpty()) {
            fail(tr("The service's authorization address has no state, so its answer could not be "
                    "checked. The X account was not connected."));
            return;
        }
        openAuthorization(result.value().authUrl, state);
    }));
}

void XAccountConnector::callbackReceived(const QUrlQuery &query)
{
    track(m_api->completeTwitterConnect(
        query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
        query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), this,
        [this](const Result<TwitterConnectResult> &result) {
            if (!result)
                fail(result.error().userMessage());
            else if (finishWithSuccess())
                Q_EMIT succeeded(result.value());
        }));
}

} // namespace CreatorDesk
