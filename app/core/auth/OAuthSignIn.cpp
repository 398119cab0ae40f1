// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/OAuthSignIn.h"

namespace CreatorDesk {

OAuthSignIn::OAuthSignIn(ApiClient *api, ApiClient::OAuthProvider provider,
                         BrowserLauncher openBrowser, QObject *parent)
    : LoopbackAuthFlow(std::move(openBrowser),
                       {tr("The sign-in was not allowed in the browser."),
                        tr("The sign-in was not completed within 5 minutes. Start it again when "
                           "you are ready."),
                        tr("The sign-in was cancelled.")},
                       parent)
    , m_api(api)
    , m_provider(provider)
{}

void OAuthSignIn::start()
{
    if (!m_api) {
        fail(tr("There is no connection to sign in with."));
        return;
    }
    if (!listen())
        return;
    QUrlQuery extra;
    if (m_provider == ApiClient::OAuthProvider::Twitter)
        extra.addQueryItem(QStringLiteral("provider"), QStringLiteral("twitter"));
    track(m_api->oauthUrl(m_provider, listener().redirectUri(extra), this,
                          [this](const Result<OAuthStart> &result) {
                              if (!result) {
                                  fail(result.error().userMessage());
                                  return;
                              }
                              m_state = result.value().state;
                              openAuthorization(result.value().authUrl, m_state);
                          }));
}

void OAuthSignIn::callbackReceived(const QUrlQuery &query)
{
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    track(m_api->oauthCallback(m_provider, code, m_state, this,
                               [this](const Result<SignInResult> &result) {
                                   if (!result)
                                       fail(result.error().userMessage());
                                   else if (finishWithSuccess())
                                       Q_EMIT succeeded(result.value());
                               }));
}

} // namespace CreatorDesk
