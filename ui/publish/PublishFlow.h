// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/BrowserLauncher.h"
#include "connections/AccountLimits.h"
#include "publish/PublishController.h"
#include "publish/PublishDialog.h"
#include "publish/PublishResultView.h"

#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QDialog;
class QWidget;

namespace CreatorDesk {

class AccountStatus;
class ApiClient;
class ConnectivityMonitor;
class DraftDocument;
class HttpClient;
class Outbox;
class OutboxSender;

// Publishing from the editor, from start to end: the publish dialog, the controller, the
// result window (with retry / check / send again), the outbox for what could not be sent,
// and the question "send now?" when the connection returns. The credits are refreshed after
// every publish.
class PublishFlow final : public QObject
{
    Q_OBJECT

public:
    // `outbox` is not owned and outlives the flow.
    PublishFlow(AccountStatus *status, Outbox *outbox, QWidget *window);

    void setConnection(HttpClient *http, ApiClient *client);
    void setBrowserLauncher(const BrowserLauncher &browser);
    // Each account's own limit for the dialog's verdicts; without it, the platforms' defaults.
    void setAccountLimits(AccountLimits *limits) { m_limits = limits; }
    // Opens the publish dialog for `document`; `accounts` is the editor's account model
    // (TargetAccountModel roles), whose checked rows are pre-selected.
    // `language` ("en_US"): the draft's, told to Bluesky and Mastodon; empty: not said.
    void start(DraftDocument *document, QAbstractItemModel *accounts, const QString &language = {});
    // Sends at once what the dialog decided (the dialog's Publish ends here).
    void publishNow(const PublishDraft &draft, const PublishPlan &plan,
                    const PublishOptions &options);
    // Asks whether to send what waits in the outbox (when there is something).
    void offerOutbox();

    Outbox *outbox() const { return m_outbox; }
    ConnectivityMonitor *connectivity() const { return m_connectivity; }
    PublishDialog *dialog() const { return m_dialog; }
    QDialog *resultWindow() const { return m_resultWindow; }
    PublishResultView *resultView() const { return m_resultView; }
    bool isBusy() const { return m_controller && m_controller->isBusy(); }

Q_SIGNALS:
    void finished(const CreatorDesk::PublishReport &report);

private:
    void showResult(const QString &busyText);
    void onFinished(const PublishReport &report, bool fromOutbox);
    void ensureResultWindow();

    QPointer<AccountStatus> m_status;
    QPointer<AccountLimits> m_limits;
    QWidget *m_window;
    QPointer<ApiClient> m_client;
    QString m_connectionId; // the service's base URL: which outbox entries are this one's
    BrowserLauncher m_browser;
    Outbox *m_outbox;
    ConnectivityMonitor *m_connectivity;
    OutboxSender *m_sender = nullptr;
    PublishController *m_controller = nullptr;
    PublishDraft m_draft;
    QList<SocialAccount> m_accounts;
    PublishOptions m_options;
    QPointer<PublishDialog> m_dialog;
    QPointer<QDialog> m_resultWindow;
    QPointer<PublishResultView> m_resultView;
};

} // namespace CreatorDesk
