// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthSignIn.h"

#include "Logging.h"

namespace CreatorDesk {

OAuthSignIn::OAuthSignIn(ApiClient *api, ApiClient::OAuthProvider provider,
                         BrowserLauncher openBrowser, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_provider(provider)
    , m_openBrowser(std::move(openBrowser))
{
    connect(&m_listener, &LoopbackListener::callbackReceived, this, &OAuthSignIn::exchange);
    connect(&m_listener, &LoopbackListener::finished, this,
            [this](LoopbackListener::Outcome outcome) {
                switch (outcome) {
                case LoopbackListener::Outcome::Received:
                    break;
                case LoopbackListener::Outcome::Denied:
                    fail(tr("The sign-in was not allowed in the browser."));
                    break;
                case LoopbackListener::Outcome::TimedOut:
                    fail(tr("The sign-in was not completed within 5 minutes. Start it again when "
                            "you are ready."));
                    break;
                case LoopbackListener::Outcome::Cancelled:
                    fail(tr("The sign-in was cancelled."), true);
                    break;
                }
            });
    connect(&m_listener, &LoopbackListener::rejected, this,
            [](const QString &reason) { qCWarning(lcAuth) << reason; });
}

void OAuthSignIn::start()
{
    if (!m_api) {
        fail(tr("There is no connection to sign in with."));
        return;
    }
    if (!m_listener.listen()) {
        fail(tr("Creator Desk could not wait for the browser's answer: %1")
                 .arg(m_listener.errorString()));
        return;
    }
    QUrlQuery extra;
    if (m_provider == ApiClient::OAuthProvider::Twitter)
        extra.addQueryItem(QStringLiteral("provider"), QStringLiteral("twitter"));
    m_job = m_api->oauthUrl(
        m_provider, m_listener.redirectUri(extra), this, [this](const Result<OAuthStart> &result) {
            if (!result) {
                fail(result.error().userMessage());
                return;
            }
            m_state = result.value().state;
            m_listener.expectState(m_state);
            const bool opened = m_openBrowser && m_openBrowser(result.value().authUrl);
            Q_EMIT authorizationUrlReady(result.value().authUrl, opened);
        });
}

void OAuthSignIn::cancel()
{
    // Said first, so the aborted request's own error is not reported as a failure.
    fail(tr("The sign-in was cancelled."), true);
    if (m_job)
        m_job->abort();
}

void OAuthSignIn::exchange(const QUrlQuery &query)
{
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    m_job = m_api->oauthCallback(m_provider, code, m_state, this,
                                 [this](const Result<SignInResult> &result) {
                                     if (!result) {
                                         fail(result.error().userMessage());
                                         return;
                                     }
                                     if (m_finished)
                                         return;
                                     m_finished = true;
                                     Q_EMIT succeeded(result.value());
                                 });
}

void OAuthSignIn::fail(const QString &message, bool cancelled)
{
    if (m_finished)
        return;
    m_finished = true;
    m_listener.cancel();
    Q_EMIT failed(message, cancelled);
}

} // namespace CreatorDesk
