// SPDX-License-Identifier: GPL-3.0-or-later
// The main window offscreen, composed by Application exactly as `creatordesk --demo` does,
// against a real sandbox.
#include "AccountStatusBar.h"
#include "Application.h"
#include "MainWindow.h"
#include "WindowServices.h"
#include "common/LoadState.h"
#include "common/RemoteListPanel.h"
#include "connections/AccountStatus.h"
#include "connections/ConnectionModel.h"
#include "demo/DemoSandbox.h"
#include "drafts/DraftsPane.h"
#include "drafts/ServerDraftListModel.h"
#include "storage/AppPaths.h"

#include <QAbstractItemView>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace CreatorDesk;
using CreatorDesk::Testing::WindowServices;

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void startsPaintedWithDemoConnection();
    void statusBarShowsBalance();
    void statusBarShowsRateLimit();
    void shortcutsSwitchPanes_data();
    void shortcutsSwitchPanes();
    void arrowKeysMoveThroughSidebar();
    void draftsPaneListsDemoDrafts();
    void withoutConnectionSaysSo();
    void sectionsBuiltAfterFirstPaint();
    void badDescriptorIsSaid();

private:
    std::unique_ptr<Application> m_app;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Window geometry of the tests stays out of a person's own settings.
    QCoreApplication::setOrganizationName(QStringLiteral("CreatorDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    // Connections other tests kept in the (shared) test-mode config folder stay out.
    QFile::remove(AppPaths::connectionsFile());

    const QString program = qEnvironmentVariable("CREATORDESK_SANDBOX");
    if (program.isEmpty())
        QSKIP("CREATORDESK_SANDBOX is not set; run this test through ctest.");

    StartupOptions options;
    options.demo = true;
    options.sandboxProgram = program;
    m_app = std::make_unique<Application>(options);
    QSignalSpy shown(m_app.get(), &Application::windowShown);
    QSignalSpy ready(m_app.get(), &Application::demoReady);
    QSignalSpy failed(m_app.get(), &Application::startupFailed);
    QSignalSpy painted(m_app.get(), &Application::firstPaintHandled);
    m_app->start();
    // The window does not wait for the demo server: it is shown at once, saying what it waits
    // for, and the connection joins it.
    QCOMPARE(shown.size(), 1);
    QVERIFY(m_app->mainWindow()->isVisible());
    QVERIFY(ready.isEmpty());
    QCOMPARE(m_app->mainWindow()->statusBar()->currentMessage(),
             QStringLiteral("Starting the demo server and signing in…"));
    // The message takes the place of the connection state; the two are not drawn over each
    // other (a message shown before the window was would leave the label visible).
    QLabel *connectionState = nullptr;
    const auto labels = m_app->mainWindow()->accountStatusBar()->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->accessibleName() == QLatin1String("Connection state"))
            connectionState = label;
    }
    QVERIFY(connectionState);
    QVERIFY(!connectionState->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(m_app->mainWindow()));
    QTRY_COMPARE(painted.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QVERIFY(m_app->mainWindow()->statusBar()->currentMessage().isEmpty());
    QVERIFY(connectionState->isVisible());
}

void tst_MainWindow::cleanupTestCase()
{
    if (!m_app)
        return;
    QSignalSpy finished(m_app.get(), &Application::shutdownFinished);
    m_app->shutdown();
    QVERIFY(finished.wait(10000));
    QVERIFY(!m_app->sandbox()->isRunning());
    m_app.reset();
}

void tst_MainWindow::startsPaintedWithDemoConnection()
{
    MainWindow *window = m_app->mainWindow();
    QVERIFY(window->isVisible());
    QCOMPARE(m_app->connections()->rowCount(), 1);
    QVERIFY(window->activeClient());
    QCOMPARE(window->activeClient(), m_app->connections()->clientAt(0));
    QTRY_COMPARE(window->accountStatusBar()->connectionText(), QStringLiteral("Online"));
}

void tst_MainWindow::statusBarShowsBalance()
{
    AccountStatusBar *bar = m_app->mainWindow()->accountStatusBar();
    QTRY_VERIFY2(bar->creditsText().startsWith(QStringLiteral("500 credits · expire ")),
                 qPrintable(bar->creditsText()));
    // The expiry is a date ("22 Dec 2026"), not stale.
    static const QRegularExpression date(QStringLiteral("expire \\d{1,2} \\S+ \\d{4}$"));
    QVERIFY2(date.match(bar->creditsText()).hasMatch(), qPrintable(bar->creditsText()));
    QVERIFY(!bar->creditsText().contains(QLatin1String("as of")));
}

void tst_MainWindow::statusBarShowsRateLimit()
{
    AccountStatusBar *bar = m_app->mainWindow()->accountStatusBar();
    static const QRegularExpression pattern(
        QStringLiteral("^Requests: (\\d+)/(\\d+) · resets \\S+"));
    QTRY_VERIFY2(pattern.match(bar->rateLimitText()).hasMatch(), qPrintable(bar->rateLimitText()));
    const QRegularExpressionMatch match = pattern.match(bar->rateLimitText());
    QVERIFY(match.captured(1).toInt() <= match.captured(2).toInt());
    QVERIFY(match.captured(2).toInt() > 0);
}

void tst_MainWindow::shortcutsSwitchPanes_data()
{
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<int>("pane");
    QTest::addColumn<QString>("objectName");

    QTest::newRow("Ctrl+2") << Qt::Key_2 << int(MainWindow::Drafts) << "draftsPane";
    QTest::newRow("Ctrl+3") << Qt::Key_3 << int(MainWindow::Schedule) << "schedulePane";
    QTest::newRow("Ctrl+4") << Qt::Key_4 << int(MainWindow::Credits) << "creditsPane";
    QTest::newRow("Ctrl+1") << Qt::Key_1 << int(MainWindow::ApiKeys) << "apiKeysPane";
}

void tst_MainWindow::shortcutsSwitchPanes()
{
    QFETCH(Qt::Key, key);
    QFETCH(int, pane);
    QFETCH(QString, objectName);

    MainWindow *window = m_app->mainWindow();
    // Start from a pane other than the target.
    window->setCurrentPane(pane == MainWindow::ApiKeys ? MainWindow::Credits : MainWindow::ApiKeys);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    QTest::keyClick(window, key, Qt::ControlModifier);
    QCOMPARE(int(window->currentPane()), pane);
    auto *stack = window->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QCOMPARE(window->paneWidget(MainWindow::Pane(pane))->objectName(), objectName);
    QVERIFY(window->paneWidget(MainWindow::Pane(pane))->isVisible());
}

void tst_MainWindow::arrowKeysMoveThroughSidebar()
{
    MainWindow *window = m_app->mainWindow();
    window->setCurrentPane(MainWindow::ApiKeys);
    auto *sidebar = window->findChild<QAbstractItemView *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    sidebar->setFocus();
    QTest::keyClick(sidebar, Qt::Key_Down);
    QCOMPARE(window->currentPane(), MainWindow::Drafts);
    QTest::keyClick(sidebar, Qt::Key_Down);
    QCOMPARE(window->currentPane(), MainWindow::Schedule);
    QTest::keyClick(sidebar, Qt::Key_Up);
    QCOMPARE(window->currentPane(), MainWindow::Drafts);
}

void tst_MainWindow::draftsPaneListsDemoDrafts()
{
    MainWindow *window = m_app->mainWindow();
    window->setCurrentPane(MainWindow::Drafts);
    DraftsPane *pane = window->draftsPane();
    QTRY_VERIFY(pane->serverModel()->loadState()->hasLoaded());
    QAbstractItemModel *model = pane->listView()->model();
    QTRY_VERIFY(model->rowCount() >= 4);
    QStringList titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->index(row, 0).data().toString();
    for (const char *title : {"Welcome thread", "Launch announcement", "Weekly tips", "Loose idea"})
        QVERIFY2(titles.contains(QLatin1String(title)), title);
    QVERIFY(pane->listView()->isVisible());
    QVERIFY(pane->serverStatusText().contains(QLatin1String("as of")));
}

void tst_MainWindow::withoutConnectionSaysSo()
{
    ConnectionModel connections;
    WindowServices services;
    MainWindow window(services.forWindow(&connections));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.activeClient(), nullptr);
    QCOMPARE(window.accountStatusBar()->connectionText(), QStringLiteral("Not connected"));
    QVERIFY(window.draftsPane()->serverStatusText().contains(QLatin1String("no connection")));
    window.close();
}

void tst_MainWindow::sectionsBuiltAfterFirstPaint()
{
    ConnectionModel connections;
    WindowServices services;
    MainWindow window(services.forWindow(&connections));
    window.setCurrentPane(MainWindow::Drafts);
    // Before the window is painted only the section on screen exists.
    QVERIFY(window.isPaneBuilt(MainWindow::Drafts));
    for (MainWindow::Pane pane : {MainWindow::ApiKeys, MainWindow::Schedule, MainWindow::Credits})
        QVERIFY2(!window.isPaneBuilt(pane), QMetaEnum::fromType<MainWindow::Pane>().key(pane));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Then the others, so that the schedule's notifications work without opening it.
    for (MainWindow::Pane pane : {MainWindow::ApiKeys, MainWindow::Schedule, MainWindow::Credits})
        QTRY_VERIFY2(window.isPaneBuilt(pane), QMetaEnum::fromType<MainWindow::Pane>().key(pane));
    QCOMPARE(window.currentPane(), MainWindow::Drafts);
    QCOMPARE(window.paneWidget(MainWindow::Schedule)->objectName(), QStringLiteral("schedulePane"));
    QCOMPARE(window.paneWidget(MainWindow::Schedule)->accessibleName(), QStringLiteral("Schedule"));
    window.close();
}

void tst_MainWindow::badDescriptorIsSaid()
{
    QTemporaryDir services;
    QVERIFY(services.isValid());
    QFile good(QStringLiteral(":/services/xaicreator.json"));
    QVERIFY(good.copy(services.filePath(QStringLiteral("xaicreator.json"))));
    QFile bad(services.filePath(QStringLiteral("broken.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"id":"broken","name":"Broken","baseUrl":"http://example.com"})");
    bad.close();

    StartupOptions options;
    options.servicesDirectory = services.path();
    Application app(options);
    app.start();
    QMessageBox *message = nullptr;
    QTRY_VERIFY((message = app.mainWindow()->findChild<QMessageBox *>(
                     QStringLiteral("badDescriptorsMessage"))));
    QVERIFY2(message->informativeText().contains(QLatin1String("broken.json")),
             qPrintable(message->informativeText()));
    QVERIFY(message->informativeText().contains(QLatin1String("baseUrl")));
    message->close();
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
