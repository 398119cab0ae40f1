// SPDX-License-Identifier: GPL-3.0-or-later
// The publish flow as the person meets it, offscreen against a real sandbox: a publish made
// while offline waits in the outbox; when the service comes back the person is asked, and
// only after "Send now" does it go out, once.
#include "AccountStatus.h"
#include "ApiFixture.h"
#include "PublishFlow.h"
#include "publish/ConnectivityMonitor.h"
#include "publish/Outbox.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

class TestPublishFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offlineThenConnectionReturns();
};

void TestPublishFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPublishFlow::offlineThenConnectionReturns()
{
    // A port nothing listens on yet; the sandbox will appear there later.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const QUrl base(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port));
    QNetworkAccessManager network;
    const ServiceRegistry registry = ServiceRegistry::load();
    HttpClient http(&network, *registry.find(QStringLiteral("xaicreator")), base);
    http.setApiKey(demoKey);
    RetryPolicy fast;
    fast.initialDelayMs = 20;
    http.setRetryPolicy(fast);
    ApiClient api(&http);

    QWidget window;
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AccountStatus status;
    PublishFlow flow(&status, &window);
    const QList<OutboxEntry> left = flow.outbox()->entries();
    for (const OutboxEntry &entry : left)
        flow.outbox()->remove(entry.id);
    flow.connectivity()->setProbeInterval(std::chrono::milliseconds(100));
    flow.setConnection(&http, &api);

    const QList<SocialAccount> accounts{
        {QStringLiteral("acc-personal-twitter"), QStringLiteral("twitter"), Platform::Twitter,
         QStringLiteral("demo_writer")},
        {QStringLiteral("acc-personal-bluesky"), QStringLiteral("bluesky"), Platform::Bluesky,
         QStringLiteral("demo-writer.bsky.social")}};
    const PublishDraft draft{QStringLiteral("On the train"),
                             {QStringLiteral("Written offline.")},
                             QStringLiteral("set-personal"),
                             {},
                             {}};
    QSignalSpy finished(&flow, &PublishFlow::finished);
    flow.publishNow(draft, PublishPlan::make(draft.posts, accounts, {}), {});
    QVERIFY(finished.wait(30'000));
    QCOMPARE(flow.outbox()->countFor(base.toString()), 1);
    QVERIFY2(flow.resultView()->summaryText().contains(QStringLiteral("waits in the outbox")),
             qPrintable(flow.resultView()->summaryText()));
    QVERIFY(!flow.connectivity()->isOnline());

    // The service comes back on that port.
    SandboxProcess sandbox({QStringLiteral("--port"), QString::number(port)});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QMessageBox *question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (question = window.findChild<QMessageBox *>(QStringLiteral("confirmation"))) != nullptr,
        15'000);
    QVERIFY2(question->text().contains(QStringLiteral("waiting in the outbox")),
             qPrintable(question->text()));
    // Nothing goes out before the person agrees.
    QTest::qWait(300);
    QCOMPARE(sandbox.stats()["jobs"].size(), 0u);
    question->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(flow.outbox()->countFor(base.toString()), 0);
    QVERIFY2(flow.resultView()->summaryText().startsWith(QStringLiteral("Published to all 2")),
             qPrintable(flow.resultView()->summaryText()));
    QCOMPARE(sandbox.stats()["jobs"].size(), 1u);
}

QTEST_MAIN(TestPublishFlow)
#include "tst_publishflow.moc"
