// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing against the sandbox: every platform at once, partial failures, retrying only the
// failed accounts without posting twice, and a lost answer reported as an unknown outcome.
#include "ApiFixture.h"
#include "publish/PublishController.h"

#include <QSignalSpy>

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

class TestPublishController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everywhereAtOnce();
    void partialFailureRetriesOnlyTheFailed();
    void lostAnswerIsUnknownOutcome();

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
    }
    QCOMPARE(balance(), before - 50);
}

void TestPublishController::partialFailureRetriesOnlyTheFailed()
{
    PublishController controller(m_connection->api.get());
    const qint64 before = balance();
    const PublishReport report =
        run(controller,
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

QTEST_GUILESS_MAIN(TestPublishController)
#include "tst_publishcontroller.moc"
