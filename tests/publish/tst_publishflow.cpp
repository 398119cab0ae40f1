// SPDX-License-Identifier: GPL-3.0-or-later
// The publish flow as the person meets it, offscreen against a real sandbox: a publish made
// while offline waits in the outbox; when the service comes back the person is asked, and
// only after "Send now" does it go out, once.
#include "ApiFixture.h"
#include "MediaSamples.h"
#include "connections/AccountStatus.h"
#include "connections/SocialSetSource.h"
#include "drafts/DraftDocument.h"
#include "drafts/ThreadModel.h"
#include "publish/ConnectivityMonitor.h"
#include "publish/Outbox.h"
#include "publish/PublishFlow.h"
#include "publish/TargetAccountModel.h"
#include "storage/DraftStore.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

namespace {
// Shows the flow's window and empties its outbox (an earlier run's entries stay on disk).
bool showWithEmptyOutbox(QWidget &window, PublishFlow &flow)
{
    const QList<OutboxEntry> left = flow.outbox()->entries();
    for (const OutboxEntry &entry : left)
        flow.outbox()->remove(entry.id);
    window.resize(800, 600);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}
} // namespace

class TestPublishFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offlineThenConnectionReturns();
    void dialogSendsTheDocumentedRequests();
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
    AccountStatus status;
    Outbox outbox;
    PublishFlow flow(&status, &outbox, &window);
    QVERIFY(showWithEmptyOutbox(window, flow));
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

void TestPublishFlow::dialogSendsTheDocumentedRequests()
{
    // What the publish dialog's choices become, as the service receives them (the sandbox's
    // request log): the X community with its real name and description, or its id alone as
    // the X target's communityId; a one-post draft with a picture to Threads as its text and
    // media URL.
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    Connection connection(sandbox, QStringLiteral("xaicreator"), demoKey);
    QTemporaryDir dir;
    const QString picture = dir.filePath(QStringLiteral("picture.png"));
    QVERIFY(writeSample(picture, MediaProbe::Format::Png));
    const auto uploaded = await<MediaUploadResult>([&](QObject *c, auto h) {
        return connection.api->uploadMedia({{picture, {}}}, c, h);
    });
    QVERIFY(uploaded.ok());
    const UploadedMedia &media = uploaded.value().uploads.first();

    QWidget window;
    AccountStatus status;
    Outbox outbox;
    PublishFlow flow(&status, &outbox, &window);
    QVERIFY(showWithEmptyOutbox(window, flow));
    flow.setConnection(connection.http.get(), connection.api.get());
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    DraftDocument document(&store);
    document.openNew();
    document.setTitle(QStringLiteral("From the dialog"));
    const QString text =
        QStringLiteral("Made in the editor %1").arg(QDateTime::currentMSecsSinceEpoch());
    document.thread()->setPosts({text});
    QVERIFY(document.thread()->setMedia(
        0, {DraftMedia{media.mediaId, media.url, QStringLiteral("picture.png"),
                       QFileInfo(picture).size(), media.type, picture}}));
    SocialSetSource socialSets;
    socialSets.setClient(connection.api.get());
    TargetAccountModel accounts(&socialSets);
    QTRY_VERIFY(accounts.rowCount() >= 5);

    QSignalSpy finished(&flow, &PublishFlow::finished);
    const auto publishTo = [&](const QStringList &ids, const QString &communityId,
                               const QString &name, const QString &description) {
        sandbox.clearRequests();
        flow.start(&document, &accounts);
        PublishDialog *dialog = flow.dialog();
        if (!dialog)
            return false;
        for (int row = 0; row < accounts.rowCount(); ++row) {
            const QString id =
                accounts.index(row).data(TargetAccountModel::AccountIdRole).toString();
            dialog->setChecked(id, ids.contains(id));
        }
        dialog->communityEdit()->setText(communityId);
        dialog->communityNameEdit()->setText(name);
        dialog->communityDescriptionEdit()->setText(description);
        if (!dialog->publishButton()->isEnabled())
            return false;
        dialog->publishButton()->click();
        return finished.wait(30'000) && finished.takeLast().first().value<PublishReport>().count(
                                            AccountOutcome::State::Published) == ids.size();
    };

    QVERIFY(publishTo({QStringLiteral("acc-personal-twitter")}, QStringLiteral("1500"),
                      QStringLiteral("Makers"), QStringLiteral("People who make things")));
    const auto toX = sandbox.requests(QStringLiteral("/twitter/publish"));
    QCOMPARE(int(toX.size()), 1);
    const nlohmann::json community = {
        {"id", "1500"}, {"name", "Makers"}, {"description", "People who make things"}};
    QVERIFY2(toX[0]["body"]["community"] == community, toX[0].dump().c_str());

    QVERIFY(
        publishTo({QStringLiteral("acc-personal-twitter"), QStringLiteral("acc-personal-mastodon")},
                  QStringLiteral("1500"), {}, {}));
    QCOMPARE(int(sandbox.requests(QStringLiteral("/twitter/publish")).size()), 0);
    const auto multi = sandbox.requests(QStringLiteral("/publish/multi-platform"));
    QCOMPARE(int(multi.size()), 1);
    const nlohmann::json targets = nlohmann::json::array(
        {{{"accountId", "acc-personal-twitter"}, {"platform", "twitter"}, {"communityId", "1500"}},
         {{"accountId", "acc-personal-mastodon"}, {"platform", "mastodon"}}});
    QVERIFY2(multi[0]["body"]["targetAccounts"] == targets, multi[0].dump().c_str());

    QVERIFY(publishTo({QStringLiteral("acc-personal-threads")}, {}, {}, {}));
    const auto threads = sandbox.requests(QStringLiteral("/threads/publish"));
    QCOMPARE(int(threads.size()), 1);
    const nlohmann::json expected = {{"accountId", "acc-personal-threads"},
                                     {"text", text.toStdString()},
                                     {"mediaUrls", {media.url.toString().toStdString()}}};
    QVERIFY2(threads[0]["body"] == expected, threads[0].dump().c_str());
}

QTEST_MAIN(TestPublishFlow)
#include "tst_publishflow.moc"
