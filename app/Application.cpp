// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "Logging.h"
#include "MainWindow.h"
#include "StartupWarmUp.h"
#include "WelcomePage.h"
#include "api/MastodonInstanceClient.h"
#include "auth/KeychainSecretStore.h"
#include "auth/MemorySecretStore.h"
#include "common/DesktopNotifications.h"
#include "connections/AccountLimits.h"
#include "connections/AccountStatus.h"
#include "connections/ConnectionModel.h"
#include "connections/SocialSetSource.h"
#include "demo/DemoConnector.h"
#include "demo/DemoSandbox.h"
#include "demo/DemoSchedule.h"
#include "publish/Outbox.h"
#include "schedule/SchedulePane.h"
#include "storage/AppPaths.h"
#include "storage/ConnectionStore.h"
#include "storage/DraftStore.h"
#include "storage/PostingQueueStore.h"
#include "storage/Settings.h"
#include "text/SpellChecker.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <utility>

#include <chrono>

using namespace std::chrono_literals;

namespace CreatorDesk {

namespace {

// The wall-clock time lets scripts/bench.sh measure from before the process was started.
qint64 epochNanoseconds()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

Application::Application(StartupOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_registry(m_options.servicesDirectory.isEmpty()
                     ? ServiceRegistry::load()
                     : ServiceRegistry::load(m_options.servicesDirectory))
    , m_keychain(new KeychainSecretStore(QStringLiteral("CreatorDesk"), this))
    , m_session(new MemorySecretStore(this))
    , m_store(new ConnectionStore(m_keychain, m_session, AppPaths::connectionsFile(), this))
    , m_connections(new ConnectionModel(this))
    , m_settings(std::make_unique<Settings>())
    , m_drafts(new DraftStore({}, this))
    , m_outbox(new Outbox(AppPaths::outboxFile(), this))
    , m_accountStatus(new AccountStatus(m_settings.get(), AppPaths::spendingHistoryFile(), this))
    , m_socialSets(new SocialSetSource(this))
    , m_instances(new MastodonInstanceClient(m_network, this))
    , m_accountLimits(new AccountLimits(m_settings.get(), m_instances, this))
    , m_postingQueue(std::make_unique<PostingQueueStore>())
    , m_spelling(new SpellChecker(AppPaths::personalDictionaryFile(), this))
    , m_notifications(new DesktopNotifications(this))
{
    m_connections->setStore(m_store, &m_registry, m_network);
    if (m_options.demo)
        useDemoQueues();
    m_sinceStart.start();
    for (const QString &error : m_registry.errors())
        qCWarning(lcApp).noquote() << error;
    // Quitting waits for the demo server to end, so the last window closing starts a shutdown
    // instead of leaving the event loop at once.
    connect(qGuiApp, &QGuiApplication::lastWindowClosed, this, &Application::shutdown);
}

Application::~Application() = default;

void Application::useDemoQueues()
{
    // The demo's posting times live with the demo, not in the person's own queue file.
    m_demoFiles = std::make_unique<QTemporaryDir>();
    m_postingQueue =
        std::make_unique<PostingQueueStore>(m_demoFiles->filePath(QStringLiteral("queue.json")));
    QueueSettings personal;
    QueueSettings brand;
    for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
        personal.slots << QueueSlot{day, QTime(9, 0)} << QueueSlot{day, QTime(17, 30)};
        if (day == Qt::Tuesday || day == Qt::Thursday)
            brand.slots << QueueSlot{day, QTime(12, 0)};
    }
    m_postingQueue->setSettings(QStringLiteral("set-personal"), personal);
    m_postingQueue->setSettings(QStringLiteral("set-brand"), brand);
}

void Application::start()
{
    StartupWarmUp::waitForFontConfiguration();
    m_window = std::make_unique<MainWindow>(MainWindow::Services{
        m_connections, m_drafts, m_outbox, m_accountStatus, m_socialSets, m_settings.get(),
        m_notifications, m_accountLimits, m_postingQueue.get(), m_spelling});
    connect(m_window.get(), &MainWindow::firstPaintHandled, this, &Application::onFirstPaint);
    connect(m_window.get(), &MainWindow::demoRequested, this, [this] {
        // From the welcome page: the same demo as --demo, but a failure is said there and the
        // app stays open.
        if (m_sandbox)
            return;
        m_demoFromWelcome = true;
        startDemo();
    });
    showWindow();
    // After show(): a status bar hides its other texts for a message only once they are shown.
    // The demo server itself starts after the first paint.
    if (m_options.demo)
        m_window->statusBar()->showMessage(tr("Starting the demo server and signing in…"));
}

void Application::startAfterFirstPaint()
{
    if (m_startedAfterFirstPaint || m_shuttingDown)
        return;
    m_startedAfterFirstPaint = true;
    probeKeychain();
    if (m_options.demo)
        startDemo();
}

void Application::probeKeychain()
{
    m_keychain->probe(this, [this](const SecretResult &result) {
        if (!result.ok())
            qCWarning(lcApp) << "no keychain:" << int(result.status);
        m_connections->setKeychainStatus(result.ok(), result.message);
    });
}

void Application::startDemo()
{
    m_sandbox = new DemoSandbox(this);
    if (!m_options.sandboxProgram.isEmpty())
        m_sandbox->setProgram(m_options.sandboxProgram);
    m_connector = new DemoConnector(m_network, m_registry, this);

    connect(m_sandbox, &DemoSandbox::started, m_connector, &DemoConnector::connectTo);
    connect(m_sandbox, &DemoSandbox::failed, this, &Application::reportStartupFailure);
    connect(m_connector, &DemoConnector::connected, this, &Application::addDemoConnection);
    connect(m_connector, &DemoConnector::failed, this, &Application::reportStartupFailure);
    m_sandbox->start();
}

void Application::addDemoConnection(const Connection &connection)
{
    // Kept as a "this run only" connection, so Verify, Rotate and the rest work on it too;
    // its key lives in memory and the record is never written to the settings.
    Connection demo = connection;
    demo.id = ConnectionRecord::newId();
    const int row = m_connections->addConnection(demo);
    if (const ServiceDescriptor *service = m_registry.find(demo.serviceId);
        service && demo.http && demo.http->hasApiKey()) {
        ConnectionRecord record =
            ConnectionRecord::forKey(*service, demo.displayName, demo.baseUrl, demo.http->apiKey());
        record.id = demo.id;
        record.sessionOnly = true;
        m_connections->add(record, demo.http->apiKey(), this, [](const SecretResult &result) {
            if (!result.ok())
                qCWarning(lcApp) << "the demo connection is not kept:" << int(result.status);
        });
    }
    m_window->setActiveConnection(row);
    m_window->statusBar()->clearMessage();
    m_demoReady = true;
    qCInfo(lcApp) << "demo connection ready after" << m_sinceStart.elapsed() << "ms, at epoch ns"
                  << epochNanoseconds();
    Q_EMIT demoReady();
    if (m_options.exitAfterStartup && m_firstPaintSeen)
        shutdown();
    // A calendar that looks lived in; shown as soon as it is filled.
    if (demo.client) {
        auto *schedule = new DemoSchedule(demo.client, this);
        connect(schedule, &DemoSchedule::finished, m_window.get(), [this, schedule] {
            // A calendar not opened yet loads the schedule when it is.
            if (m_window->isPaneBuilt(MainWindow::Schedule))
                m_window->schedulePane()->refresh();
            schedule->deleteLater();
        });
        schedule->populate();
    }
}

void Application::showWindow()
{
    if (m_shuttingDown)
        return;
    m_window->show();
    // Said with the first paint: the first log line sets up Qt's logging, not start-up's work.
    m_shownAfterMs = m_sinceStart.elapsed();
    // A window that is never painted (started minimized) does not wait for it longer.
    QTimer::singleShot(1s, this, &Application::startAfterFirstPaint);
    if (!m_registry.errors().isEmpty())
        reportBadDescriptors();
    Q_EMIT windowShown();
}

void Application::bringToFront(const QStringList &arguments)
{
    if (m_shuttingDown || !m_window)
        return;
    // The second start's options are not applied: this window's connections and drafts stay.
    Q_UNUSED(arguments);
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_window->statusBar()->showMessage(
        tr("Creator Desk was started again; this window is the one in use."), 8000);
}

void Application::reportBadDescriptors()
{
    // Said once, beside the window: the other services keep working.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Some services are not available"),
                                tr("These service descriptions could not be loaded, so their "
                                   "services cannot be used until they are fixed:"),
                                QMessageBox::Ok, m_window.get());
    box->setObjectName(QStringLiteral("badDescriptorsMessage"));
    box->setInformativeText(m_registry.errors().join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void Application::onFirstPaint()
{
    const qint64 now = epochNanoseconds();
    m_firstPaintSeen = true;
    qCInfo(lcApp) << "first paint of the main window handled after" << m_sinceStart.elapsed()
                  << "ms (shown after" << m_shownAfterMs << "ms), at epoch ns" << now;
    startAfterFirstPaint();
    Q_EMIT firstPaintHandled();
    // In demo mode start-up also includes the demo connection (scripts/bench.sh measures both).
    if (m_options.exitAfterStartup && (!m_options.demo || m_demoReady))
        shutdown();
}

void Application::reportStartupFailure(const QString &reason)
{
    if (m_shuttingDown)
        return;
    if (m_demoFromWelcome) {
        m_window->welcomePage()->setProblem(tr("The demo could not start: %1").arg(reason));
        DemoSandbox *sandbox = std::exchange(m_sandbox, nullptr);
        if (sandbox->isRunning()) {
            connect(sandbox, &DemoSandbox::stopped, sandbox, &QObject::deleteLater);
            sandbox->stop();
        } else {
            sandbox->deleteLater();
        }
        m_connector->deleteLater();
        m_connector = nullptr;
        m_demoFromWelcome = false;
        return;
    }
    m_exitCode = 1;
    Q_EMIT startupFailed(reason);
    if (m_options.exitAfterStartup) {
        shutdown(); // nobody is there to read a dialog
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Demo mode could not start"), reason,
                                QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Creator Desk will close. Without --demo it starts with no "
                               "connection."));
    box->setAccessibleName(tr("Demo start error"));
    connect(box, &QMessageBox::finished, this, &Application::shutdown);
    box->open(); // not exec(): no nested event loop
}

void Application::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    if (m_window) {
        m_window->close(); // saves its geometry
        // Detaching the connection aborts the panes' requests still in flight.
        m_window->setActiveConnection(-1);
    }
    if (m_sandbox && m_sandbox->isRunning()) {
        // Idle keep-alive connections would hold the server's workers until they time out.
        m_network->clearConnectionCache();
        connect(m_sandbox, &DemoSandbox::stopped, this, &Application::shutdownFinished);
        m_sandbox->stop();
        return;
    }
    QMetaObject::invokeMethod(this, &Application::shutdownFinished, Qt::QueuedConnection);
}

} // namespace CreatorDesk
