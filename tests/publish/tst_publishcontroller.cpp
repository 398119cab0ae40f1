// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing against the sandbox: every platform at once, partial failures, retrying only the
// failed accounts without posting twice, and a lost answer reported as an unknown outcome.
#include "ApiFixture.h"
#include "publish/ConnectivityMonitor.h"
#include "publish/Outbox.h"
#include "publish/OutboxSender.h"
#include "publish/PublishController.h"
#include "text/PlatformCounts.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

namespace {
SocialAccount account(const char *id, Platform platform)
{
    return {QLatin1String(id), platformId(platform), platform, QLatin1String(id)};
}
const SocialAccount personalX = account("acc-personal-twitter", Platform::Twitter);
const SocialAccount expiredX = account("acc-brand-twitter-expired", Platform::Twitter);
const QList<SocialAccount> personalOthers = {account("acc-personal-bluesky", Platform::Bluesky),
                                             account("acc-personal-mastodon", Platform::Mastodon),
                                             account("acc-personal-threads", Platform::Threads),
                                             account("acc-personal-linkedin", Platform::LinkedIn)};
} // namespace

Q_DECLARE_METATYPE(CreatorDesk::SocialAccount)

class TestPublishController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everywhereAtOnce();
    void partialFailureRetriesOnlyTheFailed();
    void lostAnswerIsUnknownOutcome();
    void quotePost();
    void insufficientCreditsAfterSending();
    void lostXAnswerIsCheckedWithTheSameJob();
    void lostAnswerElsewhereWaitsForThePerson();
    void lostDraftAnswerPublishedNothing();
    void offlineOutboxThenSend();
    void connectivityReturns();
    void countedAsTheEditorCounts_data();
    void countedAsTheEditorCounts();

private:
    PublishReport run(PublishController &controller, const PublishDraft &draft,
                      const QList<SocialAccount> &accounts, const PublishOptions &options = {});
    qint64 balance();

    SandboxProcess m_sandbox;
    std::unique_ptr<Connection> m_connection;
};

void TestPublishController::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestPublishController::init()
{
    QVERIFY(m_sandbox.setFaults(0));
    m_connection = std::make_unique<Connection>(m_sandbox, QStringLiteral("xaicreator"), demoKey);
}

PublishReport TestPublishController::run(PublishController &controller, const PublishDraft &draft,
                                         const QList<SocialAccount> &accounts,
                                         const PublishOptions &options)
{
    QSignalSpy finished(&controller, &PublishController::finished);
    controller.publish(draft, PublishPlan::make(draft.posts, accounts, options), options);
    if (!finished.wait(30'000))
        return {};
    return finished.first().first().value<PublishReport>();
}

qint64 TestPublishController::balance()
{
    const auto credits =
        await<CreditBalance>([&](QObject *c, auto h) { return m_connection->api->credits(c, h); });
    return credits.ok() ? credits.value().balance : -1;
}

void TestPublishController::everywhereAtOnce()
{
    PublishController controller(m_connection->api.get());
    const qint64 before = balance();
    PublishOptions options;
    options.replyControl = ReplyControl::AccountsYouFollow;
    const PublishReport report =
        run(controller,
            {QStringLiteral("Launch"),
             {QStringLiteral("We launch today."), QStringLiteral("Details follow.")},
             QStringLiteral("set-personal"),
             {},
             {}},
            QList{personalX} + personalOthers, options);
    QVERIFY(!report.serverDraftId.isEmpty());
    QCOMPARE(report.outcomes.size(), 5);
    QCOMPARE(report.count(AccountOutcome::State::Published), 5);
    for (const AccountOutcome &outcome : report.outcomes) {
        QVERIFY2(!outcome.postId.isEmpty(), qPrintable(outcome.account.accountId));
        if (outcome.account.platform == Platform::Twitter)
            QVERIFY(outcome.postUrl.toString().startsWith(QLatin1String("https://x.com/")));
        // Every platform gets a link to open, Bluesky's made from its AT URI.
        QVERIFY2(outcome.postUrl.scheme() == QLatin1String("https"),
                 qPrintable(outcome.account.accountId));
        if (outcome.account.platform == Platform::Bluesky)
            QVERIFY2(outcome.postUrl.toString().startsWith(
                         QLatin1String("https://bsky.app/profile/did:plc:")),
                     qPrintable(outcome.postUrl.toString()));
    }
    QCOMPARE(balance(), before - 50);
}

void TestPublishController::partialFailureRetriesOnlyTheFailed()
{
    PublishController controller(m_connection->api.get());
    const qint64 before = balance();
    const PublishReport report = run(
        controller,
        {QStringLiteral("Partial"), {QStringLiteral("Hello")}, QStringLiteral("set-brand"), {}, {}},
        {personalX, expiredX, personalOthers.first()});
    QCOMPARE(report.outcomes.size(), 3);
    QCOMPARE(report.count(AccountOutcome::State::Published), 2);
    const QList<SocialAccount> failed = report.accountsIn(AccountOutcome::State::Failed);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().accountId, expiredX.accountId);
    const auto expired =
        std::find_if(report.outcomes.cbegin(), report.outcomes.cend(), [](const AccountOutcome &o) {
            return o.state == AccountOutcome::State::Failed;
        });
    QVERIFY2(expired->message.contains(QStringLiteral("Sign in to it again")),
             qPrintable(expired->message));
    QCOMPARE(balance(), before - 20);

    // "Retry the failed ones": the published accounts are not sent again.
    const auto jobsBefore = m_sandbox.stats()["jobs"].size();
    QSignalSpy finished(&controller, &PublishController::finished);
    controller.retryFailed();
    QVERIFY(finished.wait(30'000));
    const PublishReport retried = finished.first().first().value<PublishReport>();
    QCOMPARE(retried.count(AccountOutcome::State::Published), 2);
    QCOMPARE(retried.count(AccountOutcome::State::Failed), 1);
    // At most one new X job (for the failed account alone; a job that fails entirely is not
    // kept), and nothing charged: the published accounts were not sent again.
    QVERIFY(m_sandbox.stats()["jobs"].size() <= jobsBefore + 1);
    QCOMPARE(balance(), before - 20);
}

void TestPublishController::lostAnswerIsUnknownOutcome()
{
    PublishController controller(m_connection->api.get());
    PublishDraft draft{
        QStringLiteral("Lost"), {QStringLiteral("Hello")}, QStringLiteral("set-personal"), {}, {}};
    // The server draft first, then every publish answer is lost.
    const auto created = await<CreatedDraft>([&](QObject *c, auto h) {
        return m_connection->api->createDraft(
            {draft.title, {{draft.posts.first(), {}}}, draft.socialSetId, {}, {}, {}, {}}, c, h);
    });
    QVERIFY(created.ok());
    draft.serverDraftId = created.value().draft.id;
    QVERIFY(m_sandbox.setFaults(0, 0, 1.0));
    const PublishReport report = run(controller, draft, personalOthers);
    QCOMPARE(report.outcomes.size(), 4);
    QCOMPARE(report.count(AccountOutcome::State::Unknown), 4);
    QVERIFY(report.outcomes.first().message.contains(QStringLiteral("not known")));
}

void TestPublishController::quotePost()
{
    PublishController controller(m_connection->api.get());
    const qint64 before = balance();
    PublishOptions options;
    options.quoteTweetId = PublishOptions::tweetIdFrom(
        QStringLiteral("https://x.com/someone/status/1790000000000000001?s=20"));
    QCOMPARE(options.quoteTweetId, QStringLiteral("1790000000000000001"));
    const PublishReport report = run(controller,
                                     {QStringLiteral("Quote"),
                                      {QStringLiteral("Worth reading.")},
                                      QStringLiteral("set-personal"),
                                      {},
                                      {}},
                                     {personalX}, options);
    QCOMPARE(report.outcomes.size(), 1);
    QCOMPARE(report.outcomes.first().state, AccountOutcome::State::Published);
    QVERIFY(report.outcomes.first().postUrl.toString().startsWith(QLatin1String("https://x.com/")));
    QCOMPARE(balance(), before - 10);
}

void TestPublishController::insufficientCreditsAfterSending()
{
    // The plan said nothing (the balance was not known), the server answers 402.
    Connection empty(m_sandbox, QStringLiteral("xaicreator"), emptyKey);
    PublishController controller(empty.api.get());
    const PublishReport report = run(
        controller,
        {QStringLiteral("Poor"), {QStringLiteral("Hello")}, QStringLiteral("set-empty"), {}, {}},
        {account("acc-empty-twitter", Platform::Twitter)});
    QCOMPARE(report.outcomes.size(), 1);
    const AccountOutcome &outcome = report.outcomes.first();
    QCOMPARE(outcome.state, AccountOutcome::State::Failed);
    QVERIFY2(outcome.message.contains(QStringLiteral("Not enough credits: this needs 10 and your "
                                                     "balance is 5")),
             qPrintable(outcome.message));
    QVERIFY(!outcome.notSent);
    // Before sending: the plan says the same from the balance.
    const PublishPlan plan = PublishPlan::make(
        {QStringLiteral("Hello")}, {account("acc-empty-twitter", Platform::Twitter)}, {});
    QVERIFY(plan.shortfall(5).contains(QStringLiteral("5 more are needed")));
}

void TestPublishController::lostXAnswerIsCheckedWithTheSameJob()
{
    PublishController controller(m_connection->api.get());
    const qint64 before = balance();
    const auto created = await<CreatedDraft>([&](QObject *c, auto h) {
        return m_connection->api->createDraft({QStringLiteral("Lost X"),
                                               {{QStringLiteral("Once only"), {}}},
                                               QStringLiteral("set-personal"),
                                               {},
                                               {},
                                               {},
                                               {}},
                                              c, h);
    });
    QVERIFY(created.ok());
    // The server posts, then every answer (also to the transport's repeats) is cut off.
    QVERIFY(!m_sandbox.control(QStringLiteral("faults"), {{"dropAfterHandlingRate", 1.0}})
                 .is_discarded());
    const PublishReport report = run(controller,
                                     {QStringLiteral("Lost X"),
                                      {QStringLiteral("Once only")},
                                      QStringLiteral("set-personal"),
                                      created.value().draft.id,
                                      {}},
                                     {personalX});
    QCOMPARE(report.outcomes.size(), 1);
    const AccountOutcome lost = report.outcomes.first();
    QCOMPARE(lost.state, AccountOutcome::State::Unknown);
    QVERIFY(!lost.jobId.isEmpty());
    QCOMPARE(controller.checkableUnknownCount(), 1);
    QVERIFY(
        m_sandbox.control(QStringLiteral("faults"), {{"dropAfterHandlingRate", 0.0}}).is_object());
    QCOMPARE(balance(), before - 10); // posted once, the repeats were answered from the record

    // "Check again": the same job, so the server answers from its record.
    QSignalSpy finished(&controller, &PublishController::finished);
    controller.checkUnknown();
    QVERIFY(finished.wait(30'000));
    const PublishReport checked = finished.first().first().value<PublishReport>();
    QCOMPARE(checked.count(AccountOutcome::State::Published), 1);
    QCOMPARE(checked.outcomes.first().jobId, lost.jobId);
    QCOMPARE(balance(), before - 10);
    QCOMPARE(m_sandbox.stats()["jobs"].count(lost.jobId.toStdString()), 1u);
}

void TestPublishController::lostAnswerElsewhereWaitsForThePerson()
{
    PublishController controller(m_connection->api.get());
    const qint64 before = balance();
    const auto created = await<CreatedDraft>([&](QObject *c, auto h) {
        return m_connection->api->createDraft({QStringLiteral("Lost B"),
                                               {{QStringLiteral("Hello Bluesky"), {}}},
                                               QStringLiteral("set-personal"),
                                               {},
                                               {},
                                               {},
                                               {}},
                                              c, h);
    });
    QVERIFY(created.ok());
    QVERIFY(
        m_sandbox.control(QStringLiteral("faults"), {{"dropAfterHandlingRate", 1.0}}).is_object());
    const PublishReport report = run(controller,
                                     {QStringLiteral("Lost B"),
                                      {QStringLiteral("Hello Bluesky")},
                                      QStringLiteral("set-personal"),
                                      created.value().draft.id,
                                      {}},
                                     {personalOthers.first()});
    QVERIFY(
        m_sandbox.control(QStringLiteral("faults"), {{"dropAfterHandlingRate", 0.0}}).is_object());
    QCOMPARE(report.count(AccountOutcome::State::Unknown), 1);
    QCOMPARE(controller.checkableUnknownCount(), 0);
    QCOMPARE(controller.uncheckableUnknownCount(), 1);
    // Sent once, and not again behind the person's back: retrying the failed sends nothing.
    QCOMPARE(balance(), before - 10);
    QSignalSpy finished(&controller, &PublishController::finished);
    controller.retryFailed();
    QVERIFY(finished.wait(5'000));
    QCOMPARE(balance(), before - 10);
    // The person checked and asks for it explicitly.
    controller.sendUnknownAgain();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.last().first().value<PublishReport>().count(AccountOutcome::State::Published),
             1);
    QCOMPARE(balance(), before - 20);
}

void TestPublishController::lostDraftAnswerPublishedNothing()
{
    PublishController controller(m_connection->api.get());
    const qint64 before = balance();
    QVERIFY(
        m_sandbox.control(QStringLiteral("faults"), {{"dropAfterHandlingRate", 1.0}}).is_object());
    const PublishReport report = run(controller,
                                     {QStringLiteral("Lost draft"),
                                      {QStringLiteral("Hello")},
                                      QStringLiteral("set-personal"),
                                      {},
                                      {}},
                                     {personalOthers.first()});
    QVERIFY(
        m_sandbox.control(QStringLiteral("faults"), {{"dropAfterHandlingRate", 0.0}}).is_object());
    // The draft may exist, but no publish went out: a failure, safe to send again.
    QCOMPARE(report.count(AccountOutcome::State::Failed), 1);
    QVERIFY2(report.outcomes.first().message.contains(QStringLiteral("nothing was published")),
             qPrintable(report.outcomes.first().message));
    QCOMPARE(balance(), before);
    QSignalSpy finished(&controller, &PublishController::finished);
    controller.retryFailed();
    QVERIFY(finished.wait(30'000));
    const PublishReport retried = finished.first().first().value<PublishReport>();
    QCOMPARE(retried.count(AccountOutcome::State::Published), 1);
    QVERIFY(!retried.serverDraftId.isEmpty());
    QCOMPARE(balance(), before - 10);
}

void TestPublishController::offlineOutboxThenSend()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("outbox.json"));
    const qint64 before = balance();

    // Offline: nothing listens on this port, so the request never leaves the computer.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QNetworkAccessManager network;
    const ServiceRegistry registry = ServiceRegistry::load();
    HttpClient offlineHttp(&network, *registry.find(QStringLiteral("xaicreator")),
                           QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)));
    offlineHttp.setApiKey(demoKey);
    RetryPolicy fast;
    fast.initialDelayMs = 20;
    offlineHttp.setRetryPolicy(fast);
    ApiClient offlineApi(&offlineHttp);
    ConnectivityMonitor monitor;
    monitor.setConnection(&offlineHttp, &offlineApi);
    QSignalSpy wentOffline(&monitor, &ConnectivityMonitor::wentOffline);

    DraftMedia picture;
    picture.mediaId = QStringLiteral("media-train");
    picture.url = QUrl(QStringLiteral("https://cdn.example.test/train.jpg"));
    picture.fileName = QStringLiteral("train.jpg");
    picture.type = QStringLiteral("image");
    const PublishDraft draft{QStringLiteral("Offline"),
                             {QStringLiteral("Written on a train.")},
                             QStringLiteral("set-personal"),
                             {},
                             {}};
    PublishDraft withPicture = draft;
    withPicture.media = {{picture}};
    const QList<SocialAccount> accounts{personalX, personalOthers.first()};
    PublishController offline(&offlineApi);
    const PublishReport report = run(offline, draft, accounts);
    QCOMPARE(report.outcomes.size(), 2);
    for (const AccountOutcome &outcome : report.outcomes)
        QVERIFY2(outcome.notSent, qPrintable(outcome.message));
    QCOMPARE(wentOffline.size(), 1);
    QVERIFY(!monitor.isOnline());
    {
        Outbox outbox(file);
        outbox.add(QStringLiteral("http://elsewhere.test/api/v1"), withPicture, {personalX}, {});
        outbox.add(m_connection->http->baseUrl().toString(), draft, accounts, {});
        QCOMPARE(outbox.count(), 2);
    }
    // From disk, with its jobId; no key in the file.
    Outbox outbox(file);
    QCOMPARE(outbox.count(), 2);
    const OutboxEntry entry = outbox.entries().last();
    QVERIFY(!entry.draft.jobId.isEmpty());
    QCOMPARE(entry.accounts.size(), 2);
    QCOMPARE(entry.draft.posts, draft.posts);
    // A picture waits with the text, so the publish from the outbox carries it too.
    QCOMPARE(outbox.entries().first().draft.media, withPicture.media);
    {
        // Closed again before the outbox writes: Windows does not replace a file that is open.
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains(demoKey.toUtf8()));
    }
    QCOMPARE(balance(), before);

    // The connection returned and the person agreed.
    OutboxSender sender(&outbox, m_connection->api.get(), m_connection->http->baseUrl().toString());
    QSignalSpy sent(&sender, &OutboxSender::finished);
    sender.sendAll();
    QVERIFY(sent.wait(30'000));
    const PublishReport result = sent.first().first().value<PublishReport>();
    QCOMPARE(sent.first().at(1).toInt(), 0);
    QCOMPARE(result.count(AccountOutcome::State::Published), 2);
    // Only this connection's entry was sent; the other one waits for its own service.
    QCOMPARE(outbox.count(), 1);
    QCOMPARE(Outbox(file).count(), 1);
    QCOMPARE(outbox.entries().first().connection, QStringLiteral("http://elsewhere.test/api/v1"));
    QCOMPARE(balance(), before - 20);
    QCOMPARE(m_sandbox.stats()["jobs"].count(entry.draft.jobId.toStdString()), 1u);
}

void TestPublishController::connectivityReturns()
{
    ConnectivityMonitor monitor;
    monitor.setConnection(m_connection->http.get(), m_connection->api.get());
    monitor.setProbeInterval(std::chrono::milliseconds(50));
    QSignalSpy returned(&monitor, &ConnectivityMonitor::connectionReturned);
    monitor.reportUnreachable();
    QVERIFY(!monitor.isOnline());
    QVERIFY(returned.wait(5'000));
    QVERIFY(monitor.isOnline());
}

void TestPublishController::countedAsTheEditorCounts_data()
{
    QTest::addColumn<SocialAccount>("target");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("fits");
    const SocialAccount bluesky = account("acc-personal-bluesky", Platform::Bluesky);
    const SocialAccount mastodon = account("acc-personal-mastodon", Platform::Mastodon);
    const QString thumb =
        QStringLiteral("\U0001F44D\U0001F3FD"); // 👍🏽: 1 grapheme, 2 code points
    // Issue #15, point 4: 200/300 in the editor, 400 code points.
    QTest::newRow("Bluesky, 200 thumbs up") << bluesky << thumb.repeated(200) << true;
    QTest::newRow("Bluesky, 301 graphemes") << bluesky << thumb.repeated(301) << false;
    // A link counts 23 on Mastodon, however long it is.
    QTest::newRow("Mastodon, a long link")
        << mastodon
        << QString(470, QLatin1Char('a')) + QStringLiteral(" https://example.com/") +
               QString(120, QLatin1Char('p'))
        << true;
}

void TestPublishController::countedAsTheEditorCounts()
{
    // The sandbox counts with the app's counters: what the editor says fits is published, and
    // what is over is refused by the plan first, then by the server too.
    QFETCH(SocialAccount, target);
    QFETCH(QString, text);
    QFETCH(bool, fits);
    QCOMPARE(PlatformCounts::count(*target.platform, text).valid, fits);
    PublishController controller(m_connection->api.get());
    const PublishReport report =
        run(controller, {QStringLiteral("Counted"), {text}, QStringLiteral("set-personal"), {}, {}},
            {target});
    QCOMPARE(report.outcomes.size(), 1);
    QCOMPARE(report.outcomes.first().state,
             fits ? AccountOutcome::State::Published : AccountOutcome::State::Failed);
    if (fits)
        return;
    QVERIFY(report.outcomes.first().blocked);
    SocialPostRequest direct;
    direct.accountUuid = target.accountId;
    direct.texts = {text};
    const auto refused = await<PlatformPostResult>(
        [&](QObject *c, auto h) { return m_connection->api->publishToBluesky(direct, c, h); });
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("longer than 300 characters (301)")),
             qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestPublishController)
#include "tst_publishcontroller.moc"
