// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AccountStatusBar.h"
#include "ConnectionProblemBanner.h"
#include "PaneStack.h"
#include "SectionSidebar.h"
#include "WelcomePage.h"
#include "WindowLayoutSettings.h"
#include "api/HttpClient.h"
#include "common/BannerBar.h"
#include "common/DesktopBrowser.h"
#include "common/RemoteListPanel.h"
#include "connections/AccountLimits.h"
#include "connections/AccountStatus.h"
#include "connections/ConnectionModel.h"
#include "connections/SocialSetSource.h"
#include "credits/CreditsPane.h"
#include "credits/LowBalanceNotifier.h"
#include "drafts/AccountsHint.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftsPane.h"
#include "drafts/LanguageBox.h"
#include "keys/ApiKeysPane.h"
#include "keys/ConnectXAccountDialog.h"
#include "keys/ConnectionsPanel.h"
#include "keys/SocialSetsPanel.h"
#include "publish/ConnectivityMonitor.h"
#include "publish/PublishFlow.h"
#include "schedule/DraftScheduler.h"
#include "schedule/SchedulePane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace CreatorDesk {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_connections(services.connections)
    , m_settings(services.settings)
    , m_socialSets(services.socialSets)
    , m_accountLimits(services.accountLimits)
    , m_postingQueue(services.postingQueue)
    , m_notifications(services.notifications)
    , m_browser(DesktopBrowser::launcher())
    , m_problems(new ConnectionProblemBanner(new BannerBar(this), this))
    , m_accountStatus(services.accountStatus)
    , m_connectionBox(new QComboBox(this))
    , m_sidebar(new SectionSidebar(this))
    , m_stack(new PaneStack(this))
    , m_welcome(new WelcomePage(this))
    , m_mainArea(new QStackedWidget(this))
    , m_statusBar(new AccountStatusBar(m_accountStatus, this))
    , m_draftsPane(new DraftsPane(services.drafts, services.socialSets, this))
    , m_publishFlow(new PublishFlow(m_accountStatus, services.outbox, this))
{
    setWindowTitle(tr("Creator Desk"));
    setObjectName(QStringLiteral("mainWindow"));

    // Only the section on screen is built before the window is shown; the others after its
    // first paint, or when opened before that.
    m_sidebar->insertSection(ApiKeys, QStringLiteral("keys"), tr("API keys"));
    m_sidebar->insertSection(Drafts, QStringLiteral("drafts"), tr("Drafts"));
    m_sidebar->insertSection(Schedule, QStringLiteral("schedule"), tr("Schedule"));
    m_sidebar->insertSection(Credits, QStringLiteral("credits"), tr("Credits"));
    m_stack->addLazyPane([this] { return createApiKeysPane(); });
    m_stack->addPane(m_draftsPane);
    m_stack->addLazyPane([this] { return createSchedulePane(); });
    m_stack->addLazyPane([this] { return new CreditsPane(m_accountStatus, m_stack); });
    connect(m_stack, &PaneStack::paneBuilt, this, &MainWindow::nameSection);
    nameSection(Drafts, m_draftsPane);
    m_sidebar->fitWidthToLabels();

    m_problems->banner()->setObjectName(QStringLiteral("problemBanner"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_problems->banner());
    // Credits below the warning level: a tray message, or this banner where there is no tray.
    auto *creditBanner = new BannerBar(central);
    creditBanner->setObjectName(QStringLiteral("creditBanner"));
    right->addWidget(creditBanner);
    m_mainArea->addWidget(m_welcome);
    m_mainArea->addWidget(m_stack);
    right->addWidget(m_mainArea, 1);
    layout->addLayout(right, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);

    createActions();
    createToolBar();

    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &PaneStack::showPane);
    connect(m_problems, &ConnectionProblemBanner::reconnectRequested, this, [this] {
        // A dialog of its own: whatever the person is doing stays where it is.
        apiKeysPane()->socialSetsPanel()->openConnectDialog(
            tr("The sign-in of an X account has expired. Connect it again to the social set it "
               "belongs to; X asks you to allow xAIcreator to post for it."));
    });
    connect(m_problems, &ConnectionProblemBanner::openKeysRequested, this, [this] {
        setCurrentPane(ApiKeys);
        apiKeysPane()->setCurrentTab(ApiKeysPane::KeysTab);
    });
    // One list of social sets for every pane, fetched for the active client.
    connect(this, &MainWindow::activeClientChanged, m_socialSets, &SocialSetSource::setClient);
    connect(this, &MainWindow::activeClientChanged, m_draftsPane, &DraftsPane::setClient);
    if (services.spelling)
        m_draftsPane->editor()->setSpellChecker(services.spelling);
    if (services.accountLimits) {
        m_draftsPane->editor()->setAccountLimits(services.accountLimits);
        m_publishFlow->setAccountLimits(services.accountLimits);
    }
    // Editor -> publish dialog -> controller -> result window; the credits refresh afterwards.
    connect(this, &MainWindow::activeConnectionChanged, m_publishFlow, &PublishFlow::setConnection);
    m_publishFlow->setBrowserLauncher(m_browser);
    connect(m_publishFlow->connectivity(), &ConnectivityMonitor::wentOffline, this,
            &MainWindow::onWentOffline);
    connect(m_publishFlow->connectivity(), &ConnectivityMonitor::connectionReturned, this,
            &MainWindow::onConnectionReturned);
    connect(m_draftsPane->editor(), &DraftEditor::publishRequested, this, [this] {
        DraftEditor *editor = m_draftsPane->editor();
        m_publishFlow->start(editor->document(), editor->accountView()->model(),
                             editor->languageBox()->currentLanguage());
    });
    connect(m_draftsPane->editor()->accountsHint(), &AccountsHint::openKeysRequested, this, [this] {
        setCurrentPane(ApiKeys);
        apiKeysPane()->setCurrentTab(ApiKeysPane::KeysTab);
    });
    connect(m_draftsPane->editor()->accountsHint(), &AccountsHint::connectAccountRequested, this,
            [this] { apiKeysPane()->socialSetsPanel()->openConnectDialog(); });
    connect(m_draftsPane->editor(), &DraftEditor::scheduleRequested, this,
            [this](const QString &localDraftId) { schedulePane()->scheduleDraft(localDraftId); });
    connect(m_draftsPane->editor(), &DraftEditor::queueRequested, this,
            [this](const QString &localDraftId) { schedulePane()->queueDraft(localDraftId); });
    connect(this, &MainWindow::activeConnectionChanged, m_accountStatus,
            &AccountStatus::setConnection);
    auto *lowBalance = new LowBalanceNotifier(m_accountStatus, creditBanner, m_notifications, this);
    connect(lowBalance, &LowBalanceNotifier::openCreditsRequested, this,
            [this] { setCurrentPane(Credits); });

    m_connectionBox->setModel(m_connections);
    connect(m_connectionBox, &QComboBox::currentIndexChanged, this,
            &MainWindow::onConnectionChosen);
    connect(m_connections, &QAbstractItemModel::rowsInserted, this,
            &MainWindow::updateConnectionSelector);
    connect(m_connections, &QAbstractItemModel::rowsRemoved, this,
            &MainWindow::updateConnectionSelector);
    connect(m_connections, &QAbstractItemModel::modelReset, this,
            &MainWindow::updateConnectionSelector);
    updateConnectionSelector();
    connectWelcome();
    // Every pane starts in its "no connection" state until a connection is chosen.
    onConnectionChosen(m_connectionBox->currentIndex());

    setCurrentPane(Pane(WindowLayoutSettings::restore(this, m_settings, Drafts, PaneCount)));
    // Choosing a section means looking past the welcome.
    connect(m_sidebar, &QListWidget::itemClicked, m_welcome, &WelcomePage::skipRequested);
}

void MainWindow::nameSection(int pane, QWidget *widget)
{
    static const char *const objectNames[] = {"apiKeysPane", "draftsPane", "schedulePane",
                                              "creditsPane"};
    widget->setObjectName(QLatin1String(objectNames[pane]));
    widget->setAccessibleName(m_sidebar->item(pane)->text());
}

ApiKeysPane *MainWindow::createApiKeysPane()
{
    auto *pane = new ApiKeysPane(m_connections, m_socialSets, m_stack);
    pane->setBrowserLauncher(m_browser);
    pane->socialSetsPanel()->setAccountLimits(m_accountLimits);
    pane->setConnection(m_activeHttp, m_activeClient);
    connect(this, &MainWindow::activeConnectionChanged, pane, &ApiKeysPane::setConnection);
    connect(pane, &ApiKeysPane::activationRequested, this, &MainWindow::setActiveConnection);
    return pane;
}

SchedulePane *MainWindow::createSchedulePane()
{
    auto *pane = new SchedulePane(m_socialSets, m_stack);
    // Drafts dropped on the calendar, or scheduled from the editor, come from the same store.
    pane->setDraftStore(m_draftsPane->store());
    pane->setDraftDocument(m_draftsPane->document());
    pane->setAccountStatus(m_accountStatus);
    pane->setNotifications(m_notifications);
    pane->setPostingQueue(m_postingQueue);
    if (m_accountLimits)
        pane->draftScheduler()->setLimits(
            [limits = QPointer(m_accountLimits)](const QList<LocalDraft::Account> &accounts) {
                return limits ? limits->limitsFor(accounts) : PlatformLimits();
            });
    pane->setDisconnectedText(m_onlyXaiText);
    pane->setClient(m_activeClient);
    connect(this, &MainWindow::activeClientChanged, pane, &SchedulePane::setClient);
    connect(pane, &SchedulePane::messageShown, this, [this](bool, const QString &text) {
        if (currentPane() != Schedule)
            statusBar()->showMessage(text, 15'000);
    });
    return pane;
}

ApiKeysPane *MainWindow::apiKeysPane()
{
    return static_cast<ApiKeysPane *>(m_stack->pane(ApiKeys));
}

SchedulePane *MainWindow::schedulePane()
{
    return static_cast<SchedulePane *>(m_stack->pane(Schedule));
}

bool MainWindow::isPaneBuilt(Pane pane) const
{
    return m_stack->isBuilt(pane);
}

void MainWindow::setActiveConnection(int row)
{
    m_connectionBox->setCurrentIndex(row);
}

int MainWindow::activeRow() const
{
    return m_connections ? m_connections->rowOfHttp(m_activeHttp) : -1;
}

void MainWindow::setBrowserLauncher(const BrowserLauncher &browser)
{
    m_browser = browser;
    if (auto *pane = static_cast<ApiKeysPane *>(m_stack->builtPane(ApiKeys)))
        pane->setBrowserLauncher(browser);
    m_publishFlow->setBrowserLauncher(browser);
}

void MainWindow::onConnectionChosen(int row)
{
    HttpClient *http = m_connections ? m_connections->httpAt(row) : nullptr;
    if (http && http == m_activeHttp)
        return;
    if (!http) {
        useConnection(nullptr, nullptr);
        return;
    }
    // A stored connection's key comes from the keychain first, which may take a moment (or
    // ask the person to unlock it); the panes keep showing the previous connection until then.
    const QPointer<HttpClient> chosen = http;
    const QString name = m_connections->connectionAt(row).displayName;
    m_connections->activate(row, this, [this, chosen, name](const QString &problem) {
        if (!chosen || !m_connections ||
            m_connections->httpAt(m_connectionBox->currentIndex()) != chosen)
            return; // another connection was chosen meanwhile
        if (!problem.isEmpty()) {
            m_problems->showKeyUnreadable(name, problem);
            useConnection(nullptr, nullptr);
            return;
        }
        m_problems->keyWasRead();
        const int current = m_connections->rowOfHttp(chosen);
        useConnection(chosen, m_connections->clientAt(current));
    });
}

void MainWindow::useConnection(HttpClient *http, ApiClient *client)
{
    if (m_failureConnection)
        disconnect(m_failureConnection);
    m_activeHttp = http;
    m_activeClient = client;
    if (m_connections)
        m_connections->setActiveHttp(http);
    if (http)
        m_failureConnection =
            connect(http, &HttpClient::requestFailed, this, &MainWindow::onRequestFailed);
    m_problems->connectionChanged();
    // The xAIcreator-only sections say so, in words, for other services.
    const QString otherService = http && !client ? http->service().name : QString();
    m_onlyXaiText =
        otherService.isEmpty()
            ? QString()
            : tr("This section belongs to xAIcreator. The active connection is %1; choose an "
                 "xAIcreator connection in the toolbar to use it.")
                  .arg(otherService);
    m_draftsPane->setDisconnectedText(m_onlyXaiText);
    if (auto *pane = static_cast<SchedulePane *>(m_stack->builtPane(Schedule)))
        pane->setDisconnectedText(m_onlyXaiText);
    Q_EMIT activeConnectionChanged(http, client);
    Q_EMIT activeClientChanged(client);
}

void MainWindow::onRequestFailed(const ApiError &error)
{
    const int row = activeRow();
    m_problems->showRequestFailed(error, m_activeHttp ? m_activeHttp->service().name : QString(),
                                  row >= 0 ? m_connections->connectionAt(row).displayName
                                           : QString(),
                                  !m_activeClient.isNull());
}

void MainWindow::onWentOffline()
{
    m_problems->showOffline(m_activeHttp ? m_activeHttp->service().name : QString());
}

void MainWindow::onConnectionReturned()
{
    m_problems->connectionReturned();
    // What was shown while offline is old or an error; ask again without being told to.
    m_accountStatus->refresh();
    refreshCurrentPane();
}

void MainWindow::updateConnectionSelector()
{
    const bool any = m_connections && m_connections->rowCount() > 0;
    m_connectionBox->setEnabled(any);
    m_connectionBox->setToolTip(any ? tr("Choose which account every section shows")
                                    : tr("No connection is set up yet"));
}

BannerBar *MainWindow::problemBanner() const
{
    return m_problems->banner();
}

MainWindow::Pane MainWindow::currentPane() const
{
    return Pane(m_stack->currentIndex());
}

void MainWindow::setCurrentPane(Pane pane)
{
    m_sidebar->setCurrentRow(pane);
    m_stack->showPane(pane); // also when the row was already current
}

QWidget *MainWindow::paneWidget(Pane pane)
{
    return m_stack->pane(pane);
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Queued, after this paint: the signal first, then the sections one per turn.
        QMetaObject::invokeMethod(this, &MainWindow::firstPaintHandled, Qt::QueuedConnection);
        m_stack->buildRemainingInBackground();
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WindowLayoutSettings::save(this, m_settings, currentPane());
    QMainWindow::closeEvent(event);
}

} // namespace CreatorDesk
