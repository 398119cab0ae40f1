// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/LoopbackAuthFlow.h"

#include "Logging.h"

namespace CreatorDesk {

LoopbackAuthFlow::LoopbackAuthFlow(BrowserLauncher openBrowser, Sentences sentences,
                                   QObject *parent)
    : QObject(parent)
    , m_openBrowser(std::move(openBrowser))
    , m_sentences(std::move(sentences))
{
    connect(&m_listener, &LoopbackListener::callbackReceived, this,
            [this](const QUrlQuery &query) { callbackReceived(query); });
    connect(&m_listener, &LoopbackListener::finished, this,
            [this](LoopbackListener::Outcome outcome) {
                switch (outcome) {
                case LoopbackListener::Outcome::Received:
                    break;
                case LoopbackListener::Outcome::Denied:
                    fail(m_sentences.denied);
                    break;
                case LoopbackListener::Outcome::TimedOut:
                    fail(m_sentences.timedOut);
                    break;
                case LoopbackListener::Outcome::Cancelled:
                    fail(m_sentences.cancelled, true);
                    break;
                }
            });
    connect(&m_listener, &LoopbackListener::rejected, this,
            [](const QString &reason) { qCWarning(lcAuth) << reason; });
}

bool LoopbackAuthFlow::listen()
{
    if (m_listener.listen())
        return true;
    fail(tr("Creator Desk could not wait for the browser's answer: %1")
             .arg(m_listener.errorString()));
    return false;
}

void LoopbackAuthFlow::openAuthorization(const QUrl &url, const QString &state)
{
    m_listener.expectState(state);
    const bool opened = m_openBrowser && m_openBrowser(url);
    Q_EMIT authorizationUrlReady(url, opened);
}

void LoopbackAuthFlow::cancel()
{
    // Said first, so the aborted request's own error is not reported as a failure.
    fail(m_sentences.cancelled, true);
    if (m_job)
        m_job->abort();
}

void LoopbackAuthFlow::fail(const QString &message, bool cancelled)
{
    if (m_finished)
        return;
    m_finished = true;
    m_listener.cancel();
    Q_EMIT failed(message, cancelled);
}

bool LoopbackAuthFlow::finishWithSuccess()
{
    if (m_finished)
        return false;
    m_finished = true;
    return true;
}

} // namespace CreatorDesk
