// SPDX-License-Identifier: GPL-3.0-or-later
// A session of 1,000+ operations against a sandbox that fails on purpose: 10 % answers 500,
// 5 % rate limited (003's 403 RATE_LIMITED), 5 % dropped connections, random latency. Eight
// operations are in flight at a time, as in a busy app. Afterwards, with the faults off, the
// server's state is compared with what each operation reported: every success is there exactly
// once, nothing reported as failed took effect, no publish ran twice, every failure carried a
// sentence for the person, every local draft reads back as written, and the publishes that failed,
// sent again from the outbox, ran exactly once each and left the outbox empty. The counts are
// printed.
#include "ApiFixture.h"
#include "publish/Outbox.h"
#include "publish/OutboxSender.h"
#include "storage/DraftStore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <functional>
#include <map>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

class TestFaultSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void session();

private:
    SandboxProcess m_sandbox;
};

namespace {

enum class Op { LocalDraft, SaveToServer, Publish, Schedule, Cancel, Upload, Count };

const char *opName(Op op)
{
    static const char *names[] = {"local draft", "save to server", "publish (jobId)",
                                  "schedule",    "cancel",         "upload media"};
    return names[int(op)];
}

// What one operation reported, as the app would show it.
struct Outcome
{
    bool ok = false;
    bool unknown = false; // the answer was lost: the person is told it may have happened
    QString sentence;     // what the person reads when it failed
};

// A 1x1 PNG, enough for the upload route's content check.
const QByteArray &tinyPng()
{
    static const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPhfDwAChwGA60e6kgAAAABJRU5E"
        "rkJggg==");
    return png;
}

} // namespace

void TestFaultSession::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestFaultSession::session()
{
    constexpr int Operations = 1000;
    constexpr int InFlight = 8;
    QVERIFY(
        !m_sandbox
             .control(QStringLiteral("rate-limit"), {{"limit", 100000}, {"windowSeconds", 3600}})
             .is_discarded());
    QVERIFY(!m_sandbox
                 .control(QStringLiteral("expire-credits"),
                          {{"email", demoEmail.toStdString()}, {"balance", 1000000}})
                 .is_discarded());
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    QFile png(dir.filePath(QStringLiteral("tiny.png")));
    QVERIFY(png.open(QIODevice::WriteOnly) && png.write(tinyPng()) > 0);
    png.close();

    const qint64 mediaBefore = m_sandbox.stats()["mediaCount"].get<qint64>();
    QVERIFY(!m_sandbox
                 .control(QStringLiteral("faults"), {{"errorRate", 0.10},
                                                     {"rateLimitedRate", 0.05},
                                                     {"dropRate", 0.05},
                                                     {"latencyMs", 2},
                                                     {"latencyJitterMs", 20}})
                 .is_discarded());

    // What was intended, and what each operation said.
    QHash<QString, LocalDraft> localDrafts; // id -> as written
    QHash<QString, Outcome> serverSaves;    // unique title -> outcome
    QStringList serverDrafts;               // ids of drafts the server confirmed
    QHash<QString, Outcome> publishes;      // jobId -> outcome
    QHash<QString, Outcome> schedules;      // draft id -> outcome of scheduling it
    QHash<QString, Outcome> cancels;        // draft id -> outcome of cancelling it
    QStringList scheduled;                  // draft ids with a confirmed schedule
    int uploadsOk = 0;
    std::map<Op, std::map<QString, int>> tally; // op -> "ok" / "failed" / "unknown" -> count
    int retries = 0;
    connect(connection.http.get(), &HttpClient::jobStarted, this, [&retries](ApiJob *job) {
        connect(job, &ApiJob::retrying, job, [&retries] { ++retries; });
    });

    QRandomGenerator random(20261122);
    int started = 0;
    int finished = 0;
    std::function<void()> startNext;
    auto finish = [&](Op op, const Outcome &outcome) {
        tally[op][outcome.ok        ? QStringLiteral("ok")
                  : outcome.unknown ? QStringLiteral("unknown")
                                    : QStringLiteral("failed")]++;
        ++finished;
        startNext();
    };
    auto outcomeOf = [](const auto &result) {
        Outcome outcome;
        outcome.ok = bool(result);
        if (!result) {
            outcome.unknown = result.error().kind == ApiError::Kind::UnknownOutcome;
            outcome.sentence = result.error().userMessage();
        }
        return outcome;
    };

    startNext = [&] {
        if (started >= Operations)
            return;
        ++started;
        // Until there are server drafts, the operations that need one create one instead.
        Op op = Op(random.bounded(int(Op::Count)));
        if ((op == Op::Publish || op == Op::Schedule) && serverDrafts.isEmpty())
            op = Op::SaveToServer;
        if (op == Op::Cancel && scheduled.isEmpty())
            op = Op::LocalDraft;
        switch (op) {
        case Op::LocalDraft: {
            LocalDraft draft;
            draft.id = DraftStore::newId();
            draft.title = QStringLiteral("Local %1").arg(started);
            draft.posts = {{QStringLiteral("Words of draft %1 👋").arg(started), {}}};
            draft.created = draft.modified = QDateTime::currentDateTimeUtc();
            localDrafts.insert(draft.id, draft);
            store.scheduleSave(draft);
            QMetaObject::invokeMethod(
                this,
                [&finish] {
                    finish(Op::LocalDraft, Outcome{true, false, {}});
                },
                Qt::QueuedConnection);
            break;
        }
        case Op::SaveToServer: {
            NewDraft draft;
            draft.title = QStringLiteral("Session %1").arg(QUuid::createUuid().toString());
            draft.tweets = {{QStringLiteral("<p>Session post</p>"), {}}};
            draft.socialSetId = QStringLiteral("set-personal");
            const QString title = draft.title;
            connection.api->createDraft(draft, this, [&, title](const Result<CreatedDraft> &r) {
                serverSaves.insert(title, outcomeOf(r));
                if (r)
                    serverDrafts.append(r.value().draft.id);
                finish(Op::SaveToServer, outcomeOf(r));
            });
            break;
        }
        case Op::Publish: {
            TwitterPublishRequest request;
            request.draftId = serverDrafts.at(random.bounded(int(serverDrafts.size())));
            request.accountIds = {QStringLiteral("acc-personal-twitter")};
            request.jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString jobId = request.jobId;
            connection.api->publishToTwitter(request, this,
                                             [&, jobId](const Result<PublishOutcome> &r) {
                                                 publishes.insert(jobId, outcomeOf(r));
                                                 finish(Op::Publish, outcomeOf(r));
                                             });
            break;
        }
        case Op::Schedule: {
            // Each draft is scheduled at most once, so the queue says exactly what happened.
            QString draftId;
            for (const QString &id : std::as_const(serverDrafts)) {
                if (!schedules.contains(id)) {
                    draftId = id;
                    break;
                }
            }
            if (draftId.isEmpty()) {
                QMetaObject::invokeMethod(
                    this,
                    [&finish] {
                        finish(Op::Schedule, Outcome{true, false, {}});
                    },
                    Qt::QueuedConnection);
                break;
            }
            schedules.insert(draftId, {});
            ScheduleRequest request;
            request.draftId = draftId;
            request.scheduledFor = QDateTime::currentDateTimeUtc().addDays(3).addSecs(started);
            request.targetAccounts = {
                {QStringLiteral("acc-personal-twitter"), Platform::Twitter, {}}};
            request.applyJitter = false;
            connection.api->schedule(request, this,
                                     [&, draftId](const Result<ScheduleConfirmation> &r) {
                                         schedules.insert(draftId, outcomeOf(r));
                                         if (r)
                                             scheduled.append(draftId);
                                         finish(Op::Schedule, outcomeOf(r));
                                     });
            break;
        }
        case Op::Cancel: {
            const QString draftId = scheduled.takeAt(random.bounded(int(scheduled.size())));
            connection.api->cancelSchedule(draftId, this,
                                           [&, draftId](const Result<Acknowledgement> &r) {
                                               cancels.insert(draftId, outcomeOf(r));
                                               finish(Op::Cancel, outcomeOf(r));
                                           });
            break;
        }
        case Op::Upload:
            connection.api->uploadMedia({{png.fileName(), QStringLiteral("image/png")}}, this,
                                        [&](const Result<MediaUploadResult> &r) {
                                            if (r)
                                                uploadsOk += int(r.value().uploads.size());
                                            finish(Op::Upload, outcomeOf(r));
                                        });
            break;
        case Op::Count:
            break;
        }
    };
    for (int i = 0; i < InFlight; ++i)
        startNext();
    QTRY_VERIFY_WITH_TIMEOUT(finished == Operations, 240'000);
    QVERIFY(store.flush());
    QVERIFY(m_sandbox.setFaults(0, 0, 0, 0));

    // Every failure reached the person as a sentence.
    for (const auto *outcomes : {&serverSaves, &publishes, &schedules, &cancels}) {
        for (const Outcome &outcome : *outcomes)
            QVERIFY(outcome.ok || !outcome.sentence.isEmpty());
    }

    // Local drafts: every one intact.
    for (const LocalDraft &written : std::as_const(localDrafts)) {
        const std::optional<LocalDraft> read = store.load(written.id);
        QVERIFY(read);
        QCOMPARE(read->posts.constFirst().text, written.posts.constFirst().text);
        QCOMPARE(read->title, written.title);
    }

    // Server drafts: each confirmed save exactly once, a refused one not at all.
    const auto drafts =
        await<DraftList>([&](QObject *c, auto h) { return connection.api->drafts({}, c, h); });
    QVERIFY(drafts.ok());
    QHash<QString, int> titles;
    for (const Draft &draft : drafts.value().drafts)
        titles[draft.title]++;
    for (auto it = serverSaves.cbegin(); it != serverSaves.cend(); ++it) {
        const int present = titles.value(it.key());
        if (it->ok)
            QCOMPARE(present, 1);
        else if (!it->unknown)
            QCOMPARE(present, 0);
        else
            QVERIFY(present <= 1);
    }

    // Publishing: no job ran twice; every reported success ran once; sending the failed ones
    // again with the same jobId (faults off now) brings every publish to exactly one run.
    nlohmann::json stats = m_sandbox.stats();
    int publishRetried = 0;
    for (auto it = publishes.cbegin(); it != publishes.cend(); ++it) {
        const int runs = stats["jobs"].value(it.key().toStdString(), 0);
        QVERIFY(runs <= 1);
        if (it->ok)
            QCOMPARE(runs, 1);
    }
    // The person's "send them again" goes through the outbox, as in the app: every publish that
    // failed or was lost waits there with its jobId and is sent once the faults stop.
    const QString where = connection.http->baseUrl().toString();
    const SocialAccount twitter{QStringLiteral("acc-personal-twitter"),
                                platformId(Platform::Twitter), Platform::Twitter,
                                QStringLiteral("acc-personal-twitter")};
    Outbox outbox(dir.filePath(QStringLiteral("outbox.json")));
    for (auto it = publishes.cbegin(); it != publishes.cend(); ++it) {
        if (it->ok)
            continue;
        ++publishRetried;
        const PublishDraft draft{QStringLiteral("Fault session"),
                                 {QStringLiteral("Published under faults")},
                                 {},
                                 serverDrafts.constFirst(),
                                 it.key()};
        outbox.add(where, draft, {twitter}, {});
    }
    QCOMPARE(outbox.count(), publishRetried);
    OutboxSender sender(&outbox, connection.api.get(), where);
    QSignalSpy sent(&sender, &OutboxSender::finished);
    sender.sendAll();
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 60'000); // at once when nothing failed
    QCOMPARE(sent.first().at(1).toInt(), 0);           // nothing left waiting
    QVERIFY(outbox.isEmpty());
    QCOMPARE(Outbox(outbox.fileName()).count(), 0);
    stats = m_sandbox.stats();
    for (auto it = publishes.cbegin(); it != publishes.cend(); ++it)
        QCOMPARE(stats["jobs"].value(it.key().toStdString(), 0), 1);

    // Schedules: a confirmed and not cancelled one is queued exactly once; a refused one, or
    // one confirmed as cancelled, is not.
    const auto queue =
        await<ScheduleList>([&](QObject *c, auto h) { return connection.api->schedules(c, h); });
    QVERIFY(queue.ok());
    QHash<QString, int> queued;
    for (const ScheduleItem &item : queue.value().schedules) {
        if (item.status.isEmpty() || item.status == QLatin1String("scheduled") ||
            item.status == QLatin1String("pending"))
            queued[item.draftId]++;
    }
    for (auto it = schedules.cbegin(); it != schedules.cend(); ++it) {
        const bool cancelAsked = cancels.contains(it.key());
        const Outcome cancel = cancels.value(it.key());
        const bool cancelRefused = cancelAsked && !cancel.ok && !cancel.unknown;
        const int present = queued.value(it.key());
        if (it->ok && (!cancelAsked || cancelRefused))
            QCOMPARE(present, 1);
        else if (cancel.ok || (!it->ok && !it->unknown))
            QCOMPARE(present, 0);
        else
            QVERIFY(present <= 1);
    }

    // Uploads: the server kept exactly the ones it confirmed (a refused one left nothing).
    QCOMPARE(stats["mediaCount"].get<qint64>() - mediaBefore, qint64(uploadsOk));

    std::printf("\nFault session: %d operations, %d in flight, 10%% 500 / 5%% 403 rate limited / "
                "5%% dropped\n",
                Operations, InFlight);
    for (const auto &[op, counts] : tally) {
        std::printf("  %-16s", opName(op));
        for (const auto &[kind, count] : counts)
            std::printf("  %s %d", qPrintable(kind), count);
        std::printf("\n");
    }
    std::printf("  transport retries %d, publishes sent again from the outbox %d (outbox now "
                "empty), sandbox requests %d\n",
                retries, publishRetried, stats["requests"].get<int>());
}

QTEST_GUILESS_MAIN(TestFaultSession)
#include "tst_fault_session.moc"
