// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "auth/BrowserLauncher.h"
#include "auth/LoopbackListener.h"

#include <QObject>
#include <QPointer>

namespace CreatorDesk {

// What every browser round trip through the loopback listener shares: listening, opening the
// authorization address with the state to expect, turning the listener's end into a sentence,
// ending exactly once, and cancelling at any moment. Subclasses make the service calls.
class LoopbackAuthFlow : public QObject
{
    Q_OBJECT

public:
    LoopbackListener &listener() { return m_listener; }
    // Works at any moment; failed() follows with cancelled = true.
    void cancel();

Q_SIGNALS:
    // The URL the person's browser should open, also when opening it failed.
    void authorizationUrlReady(const QUrl &url, bool browserOpened);
    void failed(const QString &message, bool cancelled);

protected:
    // What to say when the browser refused, nobody answered in time, or the person cancelled.
    struct Sentences
    {
        QString denied;
        QString timedOut;
        QString cancelled;
    };

    LoopbackAuthFlow(BrowserLauncher openBrowser, Sentences sentences, QObject *parent);

    // Starts the listener; false (and failed()) when it cannot.
    bool listen();
    // Waits for `state` and sends the person to `url`.
    void openAuthorization(const QUrl &url, const QString &state);
    void fail(const QString &message, bool cancelled = false);
    // True the one time a success may be reported.
    bool finishWithSuccess();
    void track(ApiJob *job) { m_job = job; }

    virtual void callbackReceived(const QUrlQuery &query) = 0;

private:
    LoopbackListener m_listener;
    BrowserLauncher m_openBrowser;
    Sentences m_sentences;
    QPointer<ApiJob> m_job;
    bool m_finished = false;
};

} // namespace CreatorDesk
