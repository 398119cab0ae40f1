// SPDX-License-Identifier: GPL-3.0-or-later
// The service dies mid-session and comes back on the same port: the main window says it is
// offline in words, local writing and autosave go on, and it recovers without being asked.
#include "AccountStatusBar.h"
#include "ApiFixture.h"
#include "MainWindow.h"
#include "WindowServices.h"
#include "common/BannerBar.h"
#include "connections/AccountStatus.h"
#include "connections/ConnectionModel.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftsPane.h"
#include "drafts/PostEditor.h"
#include "publish/ConnectivityMonitor.h"
#include "publish/PublishFlow.h"
#include "storage/DraftStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextEdit>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

class TestSandboxRestart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serviceDiesAndReturns_data();
    void serviceDiesAndReturns();
};

void TestSandboxRestart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CreatorDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sandbox_restart"));
}

void TestSandboxRestart::serviceDiesAndReturns_data()
{
    QTest::addColumn<bool>("hardKill"); // else: it shuts down as on a normal exit
    QTest::newRow("killed with SIGKILL") << true;
    QTest::newRow("stopped") << false;
}

void TestSandboxRestart::serviceDiesAndReturns()
{
    QFETCH(bool, hardKill);
    auto sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(sandbox->start(), qPrintable(sandbox->errorString()));
    const int port = sandbox->rootUrl().port();

    const ServiceRegistry registry = ServiceRegistry::load();
    const ServiceDescriptor *service = registry.find(QStringLiteral("xaicreator"));
    QVERIFY(service);
    QNetworkAccessManager network;
    HttpClient http(&network, *service, sandbox->serviceUrl(service->sandboxPath));
    http.setApiKey(demoKey);
    RetryPolicy fast;
    fast.initialDelayMs = 20;
    http.setRetryPolicy(fast);
    ApiClient api(&http);
    ConnectionModel connections;
    connections.addConnection(sandboxConnection(&http, &api));

    WindowServices services;
    MainWindow window(services.forWindow(&connections));
    // The periodic balance refresh stays at its 5 minutes: recovery must not wait for it.
    window.publishFlow()->connectivity()->setProbeInterval(std::chrono::milliseconds(200));
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setActiveConnection(0);
    AccountStatusBar *bar = window.accountStatusBar();
    BannerBar *banner = window.problemBanner();
    QTRY_COMPARE_WITH_TIMEOUT(bar->connectionText(), QStringLiteral("Online"), 15'000);
    QVERIFY(!banner->isVisible());

    // The service goes away; the next request (a manual refresh) finds out.
    if (hardKill)
        QVERIFY(sandbox->kill());
    else
        QCOMPARE(sandbox->stopByClosingStdin(), 0);
    sandbox.reset();
    window.accountStatus()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15'000);
    QVERIFY2(banner->text().startsWith(QLatin1String("Offline: xAIcreator cannot be reached")),
             qPrintable(banner->text()));
    QTRY_VERIFY2(bar->connectionText().contains(QLatin1String("refused the connection")),
                 qPrintable(bar->connectionText()));
    QVERIFY(!window.publishFlow()->connectivity()->isOnline());

    // Writing goes on, and lands on disk.
    window.setCurrentPane(MainWindow::Drafts);
    DraftEditor *editor = window.draftsPane()->editor();
    DraftStore *store = window.draftsPane()->store();
    QSignalSpy saved(store, &DraftStore::draftSaved);
    const QString words = QStringLiteral("Written while the service was down %1").arg(port);
    editor->focusPost(0);
    QTest::keyClicks(editor->postEditor(0)->textEdit(), words);
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), DraftStore::DebounceMs + 5'000);
    QFile file(store->fileFor(saved.last().at(0).toString()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(words));
    QVERIFY(banner->isVisible()); // still offline: nothing pretended otherwise

    // Back on the same port; nobody touches anything.
    const QDateTime restartedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer recovery;
    recovery.start();
    SandboxProcess again({QStringLiteral("--port"), QString::number(port)});
    QVERIFY2(again.start(), qPrintable(again.errorString()));
    QCOMPARE(again.rootUrl().port(), port);
    QTRY_COMPARE_WITH_TIMEOUT(bar->connectionText(), QStringLiteral("Online"), 15'000);
    QTRY_VERIFY(!banner->isVisible());
    qInfo("back online %lld ms after the restart began", recovery.elapsed());
    QVERIFY(window.publishFlow()->connectivity()->isOnline());
    QVERIFY(window.accountStatus()->fetchedAt() >= restartedAt.addSecs(-1));
    QVERIFY(window.accountStatus()->hasBalance());
    window.close();
}

QTEST_MAIN(TestSandboxRestart)
#include "tst_sandbox_restart.moc"
