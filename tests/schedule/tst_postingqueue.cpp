// SPDX-License-Identifier: GPL-3.0-or-later
// The posting queue's times: weekly slots in a zone, free of the times already taken for the
// same accounts, and a 09:00 slot that stays 09:00 on the wall clock across daylight saving.
// Then the queue file: kept, shared, and refused without loss when it can't be written.
#include "schedule/PostingQueue.h"
#include "storage/PostingQueueStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk;

namespace {
QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

QueueSettings queue(const QString &zone, const QList<QueueSlot> &slots)
{
    QueueSettings settings;
    settings.timeZone = zone;
    settings.slots = slots;
    return settings;
}

ScheduleItem item(const QString &when, const QString &account)
{
    ScheduleItem scheduled;
    scheduled.scheduledFor = utc(when);
    scheduled.accountUuid = account;
    scheduled.status = QStringLiteral("scheduled");
    return scheduled;
}
} // namespace

class tst_PostingQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freeTimes_data();
    void freeTimes();
    void wallClockStaysAcrossDst_data();
    void wallClockStaysAcrossDst();
    void skippedHourGoesPastTheGap();
    void noSlotsNoTimes();
    void storeKeepsQueues();
    void storeRefusesWithoutLoss();
};

void tst_PostingQueue::freeTimes_data()
{
    QTest::addColumn<QueueSettings>("settings");
    QTest::addColumn<QList<ScheduleItem>>("items");
    QTest::addColumn<QStringList>("accounts");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("expected"); // UTC, ISO

    const QueueSettings weekdays =
        queue(QStringLiteral("UTC"), {{Qt::Monday, QTime(9, 0)}, {Qt::Friday, QTime(17, 30)}});
    // 2026-12-02 is a Wednesday.
    QTest::newRow("next two") << weekdays << QList<ScheduleItem>{}
                              << QStringList{QStringLiteral("a")}
                              << QStringLiteral("2026-12-02T10:00:00Z")
                              << QStringList{QStringLiteral("2026-12-04T17:30:00Z"),
                                             QStringLiteral("2026-12-07T09:00:00Z")};
    QTest::newRow("taken for the same account")
        << weekdays
        << QList<ScheduleItem>{item(QStringLiteral("2026-12-04T17:30:00Z"), QStringLiteral("a"))}
        << QStringList{QStringLiteral("a")} << QStringLiteral("2026-12-02T10:00:00Z")
        << QStringList{QStringLiteral("2026-12-07T09:00:00Z"),
                       QStringLiteral("2026-12-11T17:30:00Z")};
    QTest::newRow("taken for another account is free")
        << weekdays
        << QList<ScheduleItem>{item(QStringLiteral("2026-12-04T17:30:00Z"), QStringLiteral("b"))}
        << QStringList{QStringLiteral("a")} << QStringLiteral("2026-12-02T10:00:00Z")
        << QStringList{QStringLiteral("2026-12-04T17:30:00Z"),
                       QStringLiteral("2026-12-07T09:00:00Z")};
    QTest::newRow("jittered item in the same minute takes it")
        << weekdays
        << QList<ScheduleItem>{item(QStringLiteral("2026-12-04T17:30:40Z"), QStringLiteral("a"))}
        << QStringList{QStringLiteral("a")} << QStringLiteral("2026-12-02T10:00:00Z")
        << QStringList{QStringLiteral("2026-12-07T09:00:00Z"),
                       QStringLiteral("2026-12-11T17:30:00Z")};
    QTest::newRow("a slot right now is not free any more")
        << weekdays << QList<ScheduleItem>{} << QStringList{QStringLiteral("a")}
        << QStringLiteral("2026-12-04T17:30:00Z")
        << QStringList{QStringLiteral("2026-12-07T09:00:00Z"),
                       QStringLiteral("2026-12-11T17:30:00Z")};
    QTest::newRow("zone east of UTC")
        << queue(QStringLiteral("Asia/Tokyo"), {{Qt::Thursday, QTime(8, 0)}})
        << QList<ScheduleItem>{} << QStringList{QStringLiteral("a")}
        << QStringLiteral("2026-12-02T10:00:00Z")
        << QStringList{QStringLiteral("2026-12-02T23:00:00Z"),
                       QStringLiteral("2026-12-09T23:00:00Z")};
}

void tst_PostingQueue::freeTimes()
{
    QFETCH(QueueSettings, settings);
    QFETCH(QList<ScheduleItem>, items);
    QFETCH(QStringList, accounts);
    QFETCH(QString, after);
    QFETCH(QStringList, expected);
    const QList<QDateTime> times =
        PostingQueue::freeTimes(settings, items, accounts, utc(after), int(expected.size()));
    QStringList got;
    for (const QDateTime &time : times)
        got.append(time.toString(Qt::ISODate));
    QCOMPARE(got, expected);
}

void tst_PostingQueue::wallClockStaysAcrossDst_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("expectedUtc");
    // Berlin: CET (+1) until 29 March 2026 02:00, then CEST (+2); back on 25 October.
    QTest::newRow("Berlin spring")
        << QStringLiteral("Europe/Berlin") << QStringLiteral("2026-03-26T12:00:00Z")
        << QStringList{QStringLiteral("2026-03-27T08:00:00Z"),
                       QStringLiteral("2026-03-30T07:00:00Z")};
    QTest::newRow("Berlin autumn")
        << QStringLiteral("Europe/Berlin") << QStringLiteral("2026-10-22T12:00:00Z")
        << QStringList{QStringLiteral("2026-10-23T07:00:00Z"),
                       QStringLiteral("2026-10-26T08:00:00Z")};
    // New York: EST (-5) until 8 March 2026, then EDT (-4).
    QTest::newRow("New York spring")
        << QStringLiteral("America/New_York") << QStringLiteral("2026-03-05T20:00:00Z")
        << QStringList{QStringLiteral("2026-03-06T14:00:00Z"),
                       QStringLiteral("2026-03-09T13:00:00Z")};
}

void tst_PostingQueue::wallClockStaysAcrossDst()
{
    QFETCH(QString, zone);
    QFETCH(QString, after);
    QFETCH(QStringList, expectedUtc);
    const QueueSettings settings =
        queue(zone, {{Qt::Monday, QTime(9, 0)}, {Qt::Friday, QTime(9, 0)}});
    const QList<QDateTime> times = PostingQueue::freeTimes(settings, {}, {}, utc(after), 2);
    QCOMPARE(times.size(), 2);
    const QTimeZone local(zone.toUtf8());
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(times.at(i).toString(Qt::ISODate), expectedUtc.at(i));
        QCOMPARE(times.at(i).toTimeZone(local).time(), QTime(9, 0));
    }
}

void tst_PostingQueue::skippedHourGoesPastTheGap()
{
    // 02:30 on 29 March 2026 does not exist in Berlin (02:00 -> 03:00).
    const QueueSettings settings =
        queue(QStringLiteral("Europe/Berlin"), {{Qt::Sunday, QTime(2, 30)}});
    const QList<QDateTime> times =
        PostingQueue::freeTimes(settings, {}, {}, utc(QStringLiteral("2026-03-28T00:00:00Z")), 2);
    QCOMPARE(times.size(), 2);
    QVERIFY(times.at(0).isValid());
    // After the gap on that Sunday, and 02:30 again the next week.
    QCOMPARE(times.at(0).date(), QDate(2026, 3, 29));
    QVERIFY(times.at(0) >= utc(QStringLiteral("2026-03-29T01:00:00Z")));
    QCOMPARE(times.at(1).toTimeZone(QTimeZone("Europe/Berlin")).time(), QTime(2, 30));
}

void tst_PostingQueue::noSlotsNoTimes()
{
    QVERIFY(PostingQueue::freeTimes({}, {}, {}, QDateTime::currentDateTimeUtc(), 3).isEmpty());
}

void tst_PostingQueue::storeKeepsQueues()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("queue/posting-queue.json"));
    QueueSettings settings =
        queue(QStringLiteral("Europe/Berlin"),
              {{Qt::Friday, QTime(17, 30)}, {Qt::Monday, QTime(9, 0)}, {Qt::Monday, QTime(9, 0)}});
    settings.priority = 3;
    settings.applyJitter = false;
    {
        PostingQueueStore store(file);
        QVERIFY(store.socialSetIds().isEmpty());
        QVERIFY2(store.setSettings(QStringLiteral("set/1"), settings),
                 qPrintable(store.lastError()));
    }
    PostingQueueStore again(file);
    const QueueSettings read = again.settings(QStringLiteral("set/1"));
    // Sorted, the duplicate dropped.
    QCOMPARE(read.slots,
             (QList<QueueSlot>{{Qt::Monday, QTime(9, 0)}, {Qt::Friday, QTime(17, 30)}}));
    QCOMPARE(read.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(read.priority, 3);
    QCOMPARE(read.applyJitter, false);
    QCOMPARE(again.settings(QStringLiteral("other")), QueueSettings());
}

void tst_PostingQueue::storeRefusesWithoutLoss()
{
    QTemporaryDir dir;
    // A folder where the file should be: it can't be written.
    const QString file = dir.filePath(QStringLiteral("posting-queue.json"));
    QVERIFY(QDir().mkpath(file));
    PostingQueueStore store(file);
    QVERIFY(!store.setSettings(QStringLiteral("s"), queue({}, {{Qt::Monday, QTime(9, 0)}})));
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(store.settings(QStringLiteral("s")).slots.isEmpty());
}

QTEST_GUILESS_MAIN(tst_PostingQueue)
#include "tst_postingqueue.moc"
