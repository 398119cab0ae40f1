// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleFixture.h"
#include "schedule/DraftScheduler.h"
#include "schedule/RescheduleController.h"
#include "schedule/ScheduleModel.h"
#include "storage/DraftStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

// The schedule model, scheduling a local draft, cancelling and rescheduling, against a real
// creatordesk-sandbox (with its scheduler ticking fast, and fault injection for rollbacks).
class tst_ScheduleSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listsAndGroups();
    void schedulesLocalDraftAndCancels();
    void refusesBeforeAnyRequest_data();
    void refusesBeforeAnyRequest();
    void serverRefusesThePast();
    void moveKeepsTheDraftsOtherTimes();
    void failedMoveRestoresTheOldTime();
    void failedCancelChangesNothing();
    void undoMovesBack();
    void retryTargetsOnlyTheFailedAccount();
    void reportsPublication();
    void selectedAccountsKeepTheirPlatforms();

private:
    qint64 requestCount() { return m_sandbox.stats().value("requests", qint64(0)); }

    SandboxProcess m_sandbox{{QStringLiteral("--tick-ms"), QStringLiteral("150")}};
    std::unique_ptr<Connection> m_connection;
};

void tst_ScheduleSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_ScheduleSandbox::init()
{
    QVERIFY(!m_sandbox.control(QStringLiteral("reset"), nlohmann::json::object()).is_discarded());
    QVERIFY(m_sandbox.setFaults(0));
    m_connection = std::make_unique<Connection>(m_sandbox, QStringLiteral("xaicreator"), demoKey);
}

void tst_ScheduleSandbox::listsAndGroups()
{
    ScheduleModel model;
    QAbstractItemModelTester tester(&model);
    model.setClient(m_connection->api.get());
    QTRY_VERIFY_WITH_TIMEOUT(model.loadState()->hasLoaded(), 10'000);
    QCOMPARE(model.rowCount(), 4);
    // launch at +20 h and +21 h, tips at +50 h and +74 h: four calendar entries.
    QCOMPARE(model.entries().size(), 4);
    for (int i = 1; i < model.entries().size(); ++i)
        QVERIFY(model.entries().at(i - 1).scheduledFor <= model.entries().at(i).scheduledFor);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto [first, last] = model.entriesBetween(now, now.addSecs(48 * 3600));
    QCOMPARE(last - first, 2);
    QCOMPARE(model.entries().at(first).draftId, QStringLiteral("draft-launch"));
    QCOMPARE(model.pendingItems(QStringLiteral("draft-tips")).size(), 2);
    QVERIFY(model.entryIndex(QStringLiteral("draft-tips"), model.entries().at(first).scheduledFor) <
            0);
}

void tst_ScheduleSandbox::schedulesLocalDraftAndCancels()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    LocalDraft draft;
    draft.id = DraftStore::newId();
    draft.title = QStringLiteral("Calendar test");
    draft.posts = {{QStringLiteral("Going out from the calendar test"), {}}};
    draft.accounts = {{QStringLiteral("acc-personal-twitter"), QStringLiteral("set-personal"),
                       QStringLiteral("twitter"), QStringLiteral("demo_writer")}};
    draft.socialSetId = QStringLiteral("set-personal");
    QVERIFY(store.save(draft));

    DraftScheduler scheduler;
    scheduler.setClient(m_connection->api.get());
    scheduler.setStore(&store);
    QSignalSpy created(&scheduler, &DraftScheduler::serverDraftCreated);
    QSignalSpy scheduled(&scheduler, &DraftScheduler::scheduled);
    ScheduleChoice choice;
    choice.when = utcInSeconds(3 * 3600);
    choice.targets = {{QStringLiteral("acc-personal-twitter"), Platform::Twitter, {}},
                      {QStringLiteral("acc-personal-bluesky"), Platform::Bluesky, {}}};
    choice.applyJitter = false;
    QCOMPARE(scheduler.schedule(*scheduler.localDraft(draft.id), choice), QString());
    QVERIFY(scheduled.wait(10'000));
    QCOMPARE(created.size(), 1);
    // The server copy is recorded in the local draft, as "Save to server" does.
    const std::optional<LocalDraft> stored = store.load(draft.id);
    QVERIFY(stored);
    QCOMPARE(stored->serverCopies.size(), 1);
    const QString serverId = scheduled.first().at(1).toString();
    QCOMPARE(stored->serverCopies.constFirst().id, serverId);

    ScheduleModel model;
    model.setClient(m_connection->api.get());
    QTRY_VERIFY_WITH_TIMEOUT(model.loadState()->hasLoaded(), 10'000);
    const QList<ScheduleItem> items = itemsOf(model, serverId);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.constFirst().scheduledFor, choice.when);
    QCOMPARE(items.constFirst().jitterSeconds, 0);
    const int entry = model.entryIndex(serverId, choice.when);
    QVERIFY(entry >= 0);
    QCOMPARE(model.entries().at(entry).rowCount, 2);

    // A second schedule reuses the server copy instead of creating another.
    choice.when = choice.when.addSecs(3600);
    QCOMPARE(scheduler.schedule(*scheduler.localDraft(draft.id), choice), QString());
    QVERIFY(scheduled.wait(10'000));
    QCOMPARE(created.size(), 1);

    RescheduleController controller(&model);
    controller.setClient(m_connection->api.get());
    QSignalSpy cancelled(&controller, &RescheduleController::cancelled);
    QVERIFY(loadModel(model));
    QCOMPARE(controller.cancelEntry(serverId, choice.when.addSecs(-3600)), QString());
    QVERIFY(cancelled.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy() && !model.loadState()->isLoading(), 10'000);
    // Only the cancelled time is gone; the other time of the same draft was put back.
    const QList<ScheduleItem> left = itemsOf(model, serverId);
    QCOMPARE(left.size(), 2);
    for (const ScheduleItem &item : left)
        QCOMPARE(item.scheduledFor, choice.when);
}

void tst_ScheduleSandbox::refusesBeforeAnyRequest_data()
{
    QTest::addColumn<qint64>("inSeconds");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("withAccount");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("in the past") << qint64(-3600) << "Hello" << true << "already passed";
    QTest::newRow("too soon") << qint64(20) << "Hello" << true << "too soon";
    QTest::newRow("no account") << qint64(3600) << "Hello" << false << "at least one account";
    QTest::newRow("empty draft") << qint64(3600) << "   " << true << "empty";
    QTest::newRow("too long for X")
        << qint64(3600) << QString(300, QLatin1Char('a')) << true << "too long";
}

void tst_ScheduleSandbox::refusesBeforeAnyRequest()
{
    QFETCH(qint64, inSeconds);
    QFETCH(QString, text);
    QFETCH(bool, withAccount);
    QFETCH(QString, reasonPart);
    DraftScheduler scheduler;
    scheduler.setClient(m_connection->api.get());
    LocalDraft draft;
    draft.id = QStringLiteral("local-1");
    draft.posts = {{text, {}}};
    ScheduleChoice choice;
    choice.when = QDateTime::currentDateTimeUtc().addSecs(inSeconds);
    if (withAccount)
        choice.targets = {{QStringLiteral("acc-personal-twitter"), Platform::Twitter, {}}};
    const qint64 before = requestCount();
    const QString reason = scheduler.schedule(draft, choice);
    QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    QVERIFY(!scheduler.isBusy());
    QTest::qWait(50);
    QCOMPARE(requestCount(), before + 1); // only the stats request itself
    // The controller refuses a move into the past the same way.
    ScheduleModel model;
    RescheduleController controller(&model);
    controller.setClient(m_connection->api.get());
    if (inSeconds < 0)
        QVERIFY(
            controller
                .move(QStringLiteral("draft-launch"), QDateTime::currentDateTimeUtc(), choice.when)
                .contains(reasonPart));
}

void tst_ScheduleSandbox::serverRefusesThePast()
{
    ScheduleRequest request;
    request.draftId = QStringLiteral("draft-idea");
    request.scheduledFor = QDateTime::currentDateTimeUtc().addSecs(-60);
    request.targetAccounts = {{QStringLiteral("acc-personal-twitter"), Platform::Twitter, {}}};
    const auto result = await<ScheduleConfirmation>([&](QObject *context, auto handler) {
        m_connection->api->schedule(request, context, handler);
    });
    QVERIFY(!result);
    QCOMPARE(result.error().httpStatus, 400);
}

void tst_ScheduleSandbox::moveKeepsTheDraftsOtherTimes()
{
    ScheduleModel model;
    model.setClient(m_connection->api.get());
    QTRY_VERIFY_WITH_TIMEOUT(model.loadState()->hasLoaded(), 10'000);
    const QList<ScheduleItem> before = itemsOf(model, QStringLiteral("draft-launch"));
    QCOMPARE(before.size(), 2);
    RescheduleController controller(&model);
    controller.setClient(m_connection->api.get());
    QSignalSpy moved(&controller, &RescheduleController::moved);
    QSignalSpy failed(&controller, &RescheduleController::failed);
    const QDateTime to = before.constFirst().scheduledFor.addSecs(2 * 3600 + 15 * 60);
    QCOMPARE(controller.move(QStringLiteral("draft-launch"), before.constFirst().scheduledFor, to),
             QString());
    QVERIFY(controller.isBusy());
    QVERIFY(model.isBusy(QStringLiteral("draft-launch")));
    QVERIFY(moved.wait(10'000));
    QCOMPARE(failed.size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!model.loadState()->isLoading(), 10'000);
    QVERIFY(!model.isBusy(QStringLiteral("draft-launch")));
    const QList<ScheduleItem> after = itemsOf(model, QStringLiteral("draft-launch"));
    QCOMPARE(after.size(), 2);
    // The LinkedIn item kept its time; the X item moved.
    QCOMPARE(after.at(0).scheduledFor, before.at(1).scheduledFor);
    QCOMPARE(after.at(0).accountUuid, before.at(1).accountUuid);
    QCOMPARE(after.at(1).scheduledFor, to);
    QCOMPARE(after.at(1).accountUuid, before.at(0).accountUuid);
    QVERIFY(controller.canUndo());
}

void tst_ScheduleSandbox::failedMoveRestoresTheOldTime()
{
    ScheduleModel model;
    model.setClient(m_connection->api.get());
    QTRY_VERIFY_WITH_TIMEOUT(model.loadState()->hasLoaded(), 10'000);
    const QList<ScheduleItem> before = itemsOf(model, QStringLiteral("draft-tips"));
    QCOMPARE(before.size(), 2);
    RescheduleController controller(&model);
    controller.setClient(m_connection->api.get());
    // The cancel goes through; the new schedule meets injected server errors; the restore
    // goes through again.
    connect(&controller, &RescheduleController::requestStarting, this,
            [this](RescheduleController::Step step) {
                if (step == RescheduleController::Step::Schedule)
                    QVERIFY(m_sandbox.setFaults(1.0));
                else if (step == RescheduleController::Step::Restore)
                    QVERIFY(m_sandbox.setFaults(0));
            });
    QSignalSpy moved(&controller, &RescheduleController::moved);
    QSignalSpy failed(&controller, &RescheduleController::failed);
    QCOMPARE(controller.move(QStringLiteral("draft-tips"), before.at(0).scheduledFor,
                             before.at(0).scheduledFor.addSecs(86400)),
             QString());
    QVERIFY(failed.wait(20'000));
    QCOMPARE(moved.size(), 0);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("still scheduled at its old time")),
             qPrintable(message));
    QVERIFY(!controller.canUndo());
    QTRY_VERIFY_WITH_TIMEOUT(!model.loadState()->isLoading() && model.loadState()->hasLoaded(),
                             10'000);
    const QList<ScheduleItem> after = itemsOf(model, QStringLiteral("draft-tips"));
    QCOMPARE(after.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(after.at(i).scheduledFor, before.at(i).scheduledFor);
        QCOMPARE(after.at(i).accountUuid, before.at(i).accountUuid);
    }
}

void tst_ScheduleSandbox::failedCancelChangesNothing()
{
    ScheduleModel model;
    model.setClient(m_connection->api.get());
    QTRY_VERIFY_WITH_TIMEOUT(model.loadState()->hasLoaded(), 10'000);
    const QList<ScheduleItem> before = itemsOf(model, QStringLiteral("draft-tips"));
    RescheduleController controller(&model);
    controller.setClient(m_connection->api.get());
    QSignalSpy failed(&controller, &RescheduleController::failed);
    QVERIFY(m_sandbox.setFaults(1.0));
    QCOMPARE(controller.move(QStringLiteral("draft-tips"), before.at(0).scheduledFor,
                             before.at(0).scheduledFor.addSecs(3600)),
             QString());
    QVERIFY(failed.wait(20'000));
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("Nothing was changed")));
    QVERIFY(m_sandbox.setFaults(0));
    QVERIFY(loadModel(model));
    QCOMPARE(itemsOf(model, QStringLiteral("draft-tips")).size(), 2);
}

void tst_ScheduleSandbox::undoMovesBack()
{
    ScheduleModel model;
    model.setClient(m_connection->api.get());
    QTRY_VERIFY_WITH_TIMEOUT(model.loadState()->hasLoaded(), 10'000);
    const QDateTime from = itemsOf(model, QStringLiteral("draft-tips")).at(0).scheduledFor;
    RescheduleController controller(&model);
    controller.setClient(m_connection->api.get());
    QSignalSpy moved(&controller, &RescheduleController::moved);
    QCOMPARE(controller.undo(), QStringLiteral("There is no move to undo."));
    QCOMPARE(controller.move(QStringLiteral("draft-tips"), from, from.addSecs(-3600)), QString());
    QVERIFY(moved.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(!model.loadState()->isLoading(), 10'000);
    QVERIFY(controller.canUndo());
    QCOMPARE(controller.undo(), QString());
    QVERIFY(!controller.canUndo()); // one step
    QVERIFY(moved.wait(10'000));
    QCOMPARE(moved.last().at(2).toDateTime(), from);
    QTRY_VERIFY_WITH_TIMEOUT(!model.loadState()->isLoading(), 10'000);
    QCOMPARE(itemsOf(model, QStringLiteral("draft-tips")).at(0).scheduledFor, from);
}

void tst_ScheduleSandbox::retryTargetsOnlyTheFailedAccount()
{
    ScheduleModel model;
    model.setClient(m_connection->api.get());
    QTRY_VERIFY_WITH_TIMEOUT(model.loadState()->hasLoaded(), 10'000);
    ScheduleItem failedItem;
    failedItem.id = QStringLiteral("queue-failed");
    failedItem.draftId = QStringLiteral("draft-idea");
    failedItem.draftTitle = QStringLiteral("Loose idea");
    failedItem.scheduledFor = QDateTime::currentDateTimeUtc().addSecs(-600);
    failedItem.platformName = QStringLiteral("bluesky");
    failedItem.accountUuid = QStringLiteral("acc-personal-bluesky");
    failedItem.status = QStringLiteral("failed");
    failedItem.attempts = 3;
    failedItem.lastError = QStringLiteral("TOKEN_EXPIRED");
    RescheduleController controller(&model);
    controller.setClient(m_connection->api.get());
    QSignalSpy retried(&controller, &RescheduleController::retried);
    QCOMPARE(controller.retry(failedItem), QString());
    // A second click while the first is in flight cannot post twice.
    QVERIFY(!controller.retry(failedItem).isEmpty());
    QVERIFY(retried.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(!model.loadState()->isLoading(), 10'000);
    const QList<ScheduleItem> pending = model.pendingItems(QStringLiteral("draft-idea"));
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.constFirst().accountUuid, failedItem.accountUuid);
    QVERIFY(pending.constFirst().scheduledFor > QDateTime::currentDateTimeUtc());
    QVERIFY(!controller.retry(failedItem).isEmpty());
    // Published items are never retried.
    failedItem.id = QStringLiteral("queue-published");
    failedItem.status = QStringLiteral("published");
    QVERIFY(!controller.retry(failedItem).isEmpty());
}

void tst_ScheduleSandbox::reportsPublication()
{
    ScheduleModel model;
    model.setRefreshInterval(200);
    model.setClient(m_connection->api.get());
    QTRY_VERIFY_WITH_TIMEOUT(model.loadState()->hasLoaded(), 10'000);
    ScheduleRequest request;
    request.draftId = QStringLiteral("draft-idea");
    request.scheduledFor = QDateTime::currentDateTimeUtc().addSecs(2);
    request.targetAccounts = {{QStringLiteral("acc-personal-twitter"), Platform::Twitter, {}},
                              {QStringLiteral("acc-brand-twitter-expired"), Platform::Twitter, {}}};
    request.applyJitter = false;
    QSignalSpy published(&model, &ScheduleModel::itemPublished);
    QSignalSpy failed(&model, &ScheduleModel::itemFailed);
    const auto result = await<ScheduleConfirmation>([&](QObject *context, auto handler) {
        m_connection->api->schedule(request, context, handler);
    });
    QVERIFY(result);
    QVERIFY(published.wait(15'000));
    QCOMPARE(published.first().first().value<ScheduleItem>().accountUuid,
             QStringLiteral("acc-personal-twitter"));
    // The expired account fails its first attempt; the model says so, with the reason.
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15'000);
    const ScheduleItem failing = failed.first().first().value<ScheduleItem>();
    QCOMPARE(failing.accountUuid, QStringLiteral("acc-brand-twitter-expired"));
    QVERIFY(!failing.lastError.isEmpty());
    QCOMPARE(failed.first().at(1).toBool(), false); // it will be tried again
}

void tst_ScheduleSandbox::selectedAccountsKeepTheirPlatforms()
{
    // Issue #15, point 2: with neither targetAccounts nor accountUuid, the draft's selected
    // accounts are scheduled on their own platforms; the legacy default (twitter) is for
    // accountUuid alone.
    NewDraft draft;
    draft.title = QStringLiteral("X and Bluesky");
    draft.socialSetId = QStringLiteral("set-personal");
    draft.tweets = {{QStringLiteral("<p>Both</p>"), {}}};
    draft.selectedAccountIds = {QStringLiteral("acc-personal-twitter"),
                                QStringLiteral("acc-personal-bluesky")};
    const auto created = await<CreatedDraft>(
        [&](QObject *c, auto h) { return m_connection->api->createDraft(draft, c, h); });
    QVERIFY(created.ok());
    ScheduleRequest request;
    request.draftId = created.value().draft.id;
    request.scheduledFor = utcInSeconds(3 * 3600);
    const auto scheduled = await<ScheduleConfirmation>(
        [&](QObject *c, auto h) { return m_connection->api->schedule(request, c, h); });
    QVERIFY2(scheduled.ok(), scheduled ? "" : qPrintable(scheduled.error().message));
    QCOMPARE(scheduled.value().accountCount, 2);

    ScheduleModel model;
    model.setClient(m_connection->api.get());
    QVERIFY(loadModel(model));
    QStringList platforms;
    for (const ScheduleItem &item : itemsOf(model, request.draftId))
        platforms.append(item.accountUuid + QLatin1Char('=') + item.platformName);
    platforms.sort();
    QCOMPARE(platforms, (QStringList{QStringLiteral("acc-personal-bluesky=bluesky"),
                                     QStringLiteral("acc-personal-twitter=twitter")}));

    // The legacy single account still defaults to twitter: a Bluesky account is refused.
    request.accountUuid = QStringLiteral("acc-personal-bluesky");
    const auto legacy = await<ScheduleConfirmation>(
        [&](QObject *c, auto h) { return m_connection->api->schedule(request, c, h); });
    QVERIFY(!legacy.ok());
    QVERIFY2(legacy.error().message.contains(QStringLiteral("not twitter")),
             qPrintable(legacy.error().message));
}

QTEST_GUILESS_MAIN(tst_ScheduleSandbox)
#include "tst_schedulesandbox.moc"
