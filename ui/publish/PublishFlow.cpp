// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/PublishFlow.h"

#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "common/Confirmation.h"
#include "connections/AccountLimits.h"
#include "connections/AccountStatus.h"
#include "drafts/DraftDocument.h"
#include "drafts/ThreadModel.h"
#include "publish/ConnectivityMonitor.h"
#include "publish/Outbox.h"
#include "publish/OutboxSender.h"
#include "publish/PublishDialog.h"
#include "publish/PublishResultView.h"
#include "publish/TargetAccountModel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace CreatorDesk {

PublishFlow::PublishFlow(AccountStatus *status, Outbox *outbox, QWidget *window)
    : QObject(window)
    , m_status(status)
    , m_window(window)
    , m_outbox(outbox)
    , m_connectivity(new ConnectivityMonitor(this))
{
    connect(m_connectivity, &ConnectivityMonitor::connectionReturned, this,
            &PublishFlow::offerOutbox);
}

void PublishFlow::setConnection(HttpClient *http, ApiClient *client)
{
    m_client = client;
    m_connectionId = client && http ? http->baseUrl().toString() : QString();
    m_connectivity->setConnection(client ? http : nullptr, client);
    delete m_sender;
    m_sender = nullptr;
    if (!client)
        return;
    m_sender = new OutboxSender(m_outbox, client, m_connectionId, this);
    connect(m_sender, &OutboxSender::finished, this,
            [this](const PublishReport &report) { onFinished(report, true); });
    // Entries left from an earlier session: offered once the service answers.
    if (m_outbox->countFor(m_connectionId) > 0) {
        client->credits(this, [this](const Result<CreditBalance> &result) {
            if (result)
                offerOutbox();
        });
    }
}

void PublishFlow::setBrowserLauncher(const BrowserLauncher &browser)
{
    m_browser = browser;
    if (m_resultView)
        m_resultView->setBrowserLauncher(browser);
}

void PublishFlow::start(DraftDocument *document, QAbstractItemModel *accounts,
                        const QString &language)
{
    if (!document || !document->isOpen())
        return;
    if (!m_client) {
        Confirmation::tell(m_window, tr("Publish"),
                           tr("Publishing needs an xAIcreator connection. Choose one in the "
                              "toolbar, or add a key in the API keys pane."));
        return;
    }
    if (isBusy()) {
        // One publish at a time, so nothing goes out twice by a second press.
        ensureResultWindow();
        m_resultWindow->raise();
        return;
    }
    QList<PublishCandidate> candidates;
    for (int row = 0; accounts && row < accounts->rowCount(); ++row) {
        const QModelIndex index = accounts->index(row, 0);
        const QString platform = index.data(TargetAccountModel::PlatformRole).toString();
        const QString accountId = index.data(TargetAccountModel::AccountIdRole).toString();
        const QString username = index.data(TargetAccountModel::UsernameRole).toString();
        const QString setId = index.data(TargetAccountModel::SocialSetIdRole).toString();
        const PlatformLimits limits =
            m_limits ? m_limits->limitsFor({{accountId, setId, platform, username}})
                     : PlatformLimits();
        candidates.append({{accountId, platform, platformFromId(platform), username},
                           setId,
                           index.data(TargetAccountModel::SocialSetNameRole).toString(),
                           index.data(Qt::CheckStateRole).toInt() == Qt::Checked,
                           limits});
    }
    std::optional<qint64> balance;
    if (m_status && m_status->hasBalance())
        balance = m_status->balance();
    const QStringList posts = document->thread()->texts();
    // The uploaded pictures and videos of each post go with it.
    QList<QList<DraftMedia>> media;
    for (int row = 0; row < document->thread()->rowCount(); ++row)
        media.append(document->thread()->media(row));
    auto *dialog = new PublishDialog(posts, candidates, balance, m_window, media);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLanguage(language);
    m_dialog = dialog;
    const QString title = document->title();
    connect(dialog, &QDialog::accepted, this, [this, dialog, posts, title, media] {
        PublishDraft draft{
            title.isEmpty() ? tr("Untitled") : title, posts, dialog->socialSetId(), {}, {}, media};
        publishNow(draft, dialog->plan(), dialog->options());
    });
    dialog->open();
}

void PublishFlow::publishNow(const PublishDraft &draft, const PublishPlan &plan,
                             const PublishOptions &options)
{
    if (!m_client || isBusy())
        return;
    m_draft = draft;
    m_accounts = plan.allowedAccounts();
    m_options = options;
    delete m_controller;
    m_controller = new PublishController(m_client, this);
    connect(m_controller, &PublishController::finished, this,
            [this](const PublishReport &report) { onFinished(report, false); });
    showResult(tr("Publishing to %n account(s)…", nullptr, int(m_accounts.size())));
    m_controller->publish(draft, plan, options);
}

void PublishFlow::ensureResultWindow()
{
    if (m_resultWindow)
        return;
    auto *window = new QDialog(m_window);
    window->setObjectName(QStringLiteral("publishResultWindow"));
    window->setWindowTitle(tr("Publish result"));
    m_resultView = new PublishResultView(window);
    m_resultView->setObjectName(QStringLiteral("publishResult"));
    m_resultView->setBrowserLauncher(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, window);
    connect(buttons, &QDialogButtonBox::rejected, window, &QDialog::close);
    auto *layout = new QVBoxLayout(window);
    layout->addWidget(m_resultView, 1);
    layout->addWidget(buttons);
    window->resize(620, 380);
    connect(m_resultView, &PublishResultView::retryFailedRequested, this, [this] {
        if (m_controller && !m_controller->isBusy()) {
            m_resultView->setBusy(tr("Sending again to the failed accounts…"));
            m_controller->retryFailed();
        }
    });
    connect(m_resultView, &PublishResultView::checkUnknownRequested, this, [this] {
        if (m_controller && !m_controller->isBusy()) {
            m_resultView->setBusy(tr("Asking X about the same job…"));
            m_controller->checkUnknown();
        }
    });
    connect(m_resultView, &PublishResultView::sendUnknownAgainRequested, this, [this] {
        if (!m_controller || m_controller->isBusy())
            return;
        Confirmation::ask(m_window, tr("Send again"),
                          tr("Did you look at the account? If the post is already there, sending "
                             "again publishes it twice."),
                          tr("Send again"), [this] {
                              if (!m_controller || m_controller->isBusy())
                                  return;
                              m_resultView->setBusy(tr("Sending again…"));
                              m_controller->sendUnknownAgain();
                          });
    });
    m_resultWindow = window;
}

void PublishFlow::showResult(const QString &busyText)
{
    ensureResultWindow();
    m_resultView->setBusy(busyText);
    m_resultWindow->show();
    m_resultWindow->raise();
}

void PublishFlow::onFinished(const PublishReport &report, bool fromOutbox)
{
    // What never reached the server waits in the outbox, with its own jobId.
    QList<SocialAccount> waiting;
    for (const AccountOutcome &outcome : report.outcomes) {
        if (outcome.state == AccountOutcome::State::Failed && outcome.notSent)
            waiting.append(outcome.account);
    }
    // (An outbox entry that still could not be sent is still in the outbox.)
    if (!waiting.isEmpty() && !fromOutbox) {
        PublishDraft draft = m_draft;
        draft.serverDraftId = report.serverDraftId;
        m_outbox->add(m_connectionId, draft, waiting, m_options);
        m_connectivity->reportUnreachable();
    }
    ensureResultWindow();
    m_resultView->setReport(report);
    if (fromOutbox) {
        // Retry and check belong to the publish the controller made, not to these entries.
        m_resultView->retryFailedButton()->hide();
        m_resultView->checkAgainButton()->hide();
        m_resultView->sendAgainButton()->hide();
    }
    m_resultWindow->show();
    if (m_status)
        m_status->notifySpending();
    Q_EMIT finished(report);
}

void PublishFlow::offerOutbox()
{
    const int waiting = m_outbox->countFor(m_connectionId);
    if (waiting == 0 || !m_sender || m_sender->isBusy())
        return;
    Confirmation::ask(
        m_window, tr("Outbox"),
        tr("%n post(s) waiting in the outbox. The connection is back: send now?", nullptr, waiting),
        tr("Send now"), [this] {
            if (!m_sender)
                return;
            showResult(tr("Sending what waited in the outbox…"));
            m_sender->sendAll();
        });
}

} // namespace CreatorDesk
