// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/XAccountConnector.h"

namespace CreatorDesk {

namespace {
bool isX(const SocialAccount &account)
{
    return account.platform == Platform::Twitter;
}
} // namespace

XAccountConnector::XAccountConnector(ApiClient *api, BrowserLauncher openBrowser, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_openBrowser(std::move(openBrowser))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &XAccountConnector::look);
}

void XAccountConnector::setPolling(std::chrono::milliseconds first,
                                   std::chrono::milliseconds longest,
                                   std::chrono::milliseconds giveUpAfter)
{
    m_interval = first;
    m_longest = longest;
    m_giveUpAfter = giveUpAfter;
}

void XAccountConnector::start(const TwitterConnectRequest &request)
{
    if (!m_api) {
        fail(tr("There is no connection to connect the X account with."));
        return;
    }
    m_request = request;
    // What is there before, so that the account the browser adds can be told apart.
    m_job = m_api->socialSets(this, [this](const Result<SocialSetList> &sets) {
        if (m_finished)
            return;
        if (!sets) {
            fail(sets.error().userMessage());
            return;
        }
        remember(sets.value());
        m_job = m_api->connectTwitter(m_request, this,
                                      [this](const Result<TwitterConnectSession> &session) {
                                          if (m_finished)
                                              return;
                                          if (!session)
                                              fail(session.error().userMessage());
                                          else
                                              openBrowser(session.value());
                                      });
    });
}

void XAccountConnector::remember(const SocialSetList &sets)
{
    for (const SocialSet &set : sets.socialSets) {
        for (const SocialAccount &account : set.accounts) {
            if (isX(account))
                m_knownAccounts.insert(account.accountId);
        }
    }
}

void XAccountConnector::openBrowser(const TwitterConnectSession &session)
{
    const bool opened = m_openBrowser && m_openBrowser(session.authUrl);
    Q_EMIT authorizationUrlReady(session.authUrl, opened);
    m_waited.start();
    m_timer.start(m_interval);
}

void XAccountConnector::look()
{
    if (m_finished || !m_api)
        return;
    m_job = m_api->socialSets(this, [this](const Result<SocialSetList> &sets) {
        if (m_finished)
            return;
        if (!sets && !sets.error().isTransient()) {
            fail(sets.error().userMessage());
            return;
        }
        if (sets) {
            for (const SocialSet &set : sets.value().socialSets) {
                for (const SocialAccount &account : set.accounts) {
                    if (isX(account) && !m_knownAccounts.contains(account.accountId)) {
                        m_finished = true;
                        Q_EMIT succeeded(TwitterConnectResult{account.accountId, set.id});
                        return;
                    }
                }
            }
        }
        const auto waited = std::chrono::milliseconds(m_waited.elapsed());
        if (waited >= m_giveUpAfter) {
            fail(tr("No new X account appeared in your social sets within %n minute(s). If you "
                    "allowed access in the browser, refresh the social sets; if you reconnected "
                    "an account that was there already, it is done. Otherwise start again.",
                    nullptr,
                    int(std::chrono::duration_cast<std::chrono::minutes>(m_giveUpAfter).count())));
            return;
        }
        Q_EMIT stillWaiting(int(waited.count() / 1000));
        // Each look is a request against the key's hourly limit: look less often as time passes.
        m_interval = std::min(m_longest, m_interval * 5 / 4);
        m_timer.start(m_interval);
    });
}

void XAccountConnector::cancel()
{
    fail(tr("Connecting the X account was cancelled."), true);
    if (m_job)
        m_job->abort();
}

void XAccountConnector::fail(const QString &message, bool cancelled)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    Q_EMIT failed(message, cancelled);
}

} // namespace CreatorDesk
