// SPDX-License-Identifier: GPL-3.0-or-later
#include "XAccountConnector.h"

namespace CreatorDesk {

XAccountConnector::XAccountConnector(ApiClient *api, BrowserLauncher openBrowser, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_openBrowser(std::move(openBrowser))
{
    connect(&m_listener, &LoopbackListener::callbackReceived, this, [this](const QUrlQuery &query) {
        m_job = m_api->completeTwitterConnect(
            query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
            query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), this,
            [this](const Result<TwitterConnectResult> &result) {
                if (!result) {
                    fail(result.error().userMessage());
                    return;
                }
                if (m_finished)
                    return;
                m_finished = true;
                Q_EMIT succeeded(result.value());
            });
    });
    connect(&m_listener, &LoopbackListener::finished, this,
            [this](LoopbackListener::Outcome outcome) {
                if (outcome == LoopbackListener::Outcome::Denied)
                    fail(tr("Connecting the X account was not allowed in the browser."));
                else if (outcome == LoopbackListener::Outcome::TimedOut)
                    fail(tr("Connecting the X account was not completed within 5 minutes."));
                else if (outcome == LoopbackListener::Outcome::Cancelled)
                    fail(tr("Connecting the X account was cancelled."), true);
            });
}

void XAccountConnector::start(const QString &socialSetId, TwitterConnectMode mode)
{
    if (!m_api || !m_listener.listen()) {
        fail(tr("Creator Desk could not wait for the browser's answer: %1")
                 .arg(m_listener.errorString()));
        return;
    }
    TwitterConnectRequest request;
    request.socialSetId = socialSetId;
    request.mode = mode;
    request.redirectUri = m_listener.redirectUri();
    m_job =
        m_api->connectTwitter(request, this, [this](const Result<TwitterConnectSession> &result) {
            if (!result) {
                fail(result.error().userMessage());
                return;
            }
            // The answer carries no state of its own; the one inside the authorization URL is the
            // one the callback must return.
            const QString state = QUrlQuery(result.value().authUrl)
                                      .queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
            if (state.isEmpty()) {
                fail(tr(
                    "The service's authorization address has no state, so its answer could not be "
                    "checked. The X account was not connected."));
                return;
            }
            m_listener.expectState(state);
            const bool opened = m_openBrowser && m_openBrowser(result.value().authUrl);
            Q_EMIT authorizationUrlReady(result.value().authUrl, opened);
        });
}

void XAccountConnector::cancel()
{
    // Said first, so the aborted request's own error is not reported as a failure.
    fail(tr("Connecting the X account was cancelled."), true);
    if (m_job)
        m_job->abort();
}

void XAccountConnector::fail(const QString &message, bool cancelled)
{
    if (m_finished)
        return;
    m_finished = true;
    m_listener.cancel();
    Q_EMIT failed(message, cancelled);
}

} // namespace CreatorDesk
