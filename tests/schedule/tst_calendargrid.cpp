// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/CalendarGrid.h"

#include <QTest>

using namespace CreatorDesk;

class tst_CalendarGrid final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weekStartsByLocale_data();
    void weekStartsByLocale();
    void monthGrid_data();
    void monthGrid();
    void dayLength_data();
    void dayLength();
    void skippedHour_data();
    void skippedHour();
    void slotTime_data();
    void slotTime();
    void placement();
    void snapping_data();
    void snapping();
    void moveKeepsTimeOfDay_data();
    void moveKeepsTimeOfDay();
    void visibleRanges();
};

void tst_CalendarGrid::weekStartsByLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("expected");
    // 2026-11-18 is a Wednesday.
    QTest::newRow("en_US starts Sunday") << "en_US" << QDate(2026, 11, 18) << QDate(2026, 11, 15);
    QTest::newRow("de_DE starts Monday") << "de_DE" << QDate(2026, 11, 18) << QDate(2026, 11, 16);
    QTest::newRow("ar_EG starts Saturday") << "ar_EG" << QDate(2026, 11, 18) << QDate(2026, 11, 14);
    QTest::newRow("de_DE on the Monday itself")
        << "de_DE" << QDate(2026, 11, 16) << QDate(2026, 11, 16);
    QTest::newRow("en_US on a Saturday") << "en_US" << QDate(2026, 11, 21) << QDate(2026, 11, 15);
    QTest::newRow("de_DE across a year") << "de_DE" << QDate(2027, 1, 2) << QDate(2026, 12, 28);
}

void tst_CalendarGrid::weekStartsByLocale()
{
    QFETCH(QString, locale);
    QFETCH(QDate, date);
    QFETCH(QDate, expected);
    const CalendarGrid grid(QTimeZone::utc(), QLocale(locale).firstDayOfWeek());
    QCOMPARE(grid.weekStart(date), expected);
    QCOMPARE(grid.weekEnd(date), expected.addDays(6));
}

void tst_CalendarGrid::monthGrid_data()
{
    QTest::addColumn<int>("firstDay");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("start");
    QTest::newRow("Nov 2026 Monday")
        << int(Qt::Monday) << QDate(2026, 11, 22) << QDate(2026, 10, 26);
    QTest::newRow("Nov 2026 Sunday: the 1st is a Sunday")
        << int(Qt::Sunday) << QDate(2026, 11, 30) << QDate(2026, 11, 1);
    QTest::newRow("Feb 2027 Monday") << int(Qt::Monday) << QDate(2027, 2, 14) << QDate(2027, 2, 1);
}

void tst_CalendarGrid::monthGrid()
{
    QFETCH(int, firstDay);
    QFETCH(QDate, date);
    QFETCH(QDate, start);
    const CalendarGrid grid(QTimeZone::utc(), Qt::DayOfWeek(firstDay));
    QCOMPARE(grid.monthGridStart(date), start);
    QCOMPARE(grid.monthGridEnd(date), start.addDays(41));
    QVERIFY(grid.monthGridEnd(date) >= QDate(date.year(), date.month(), date.daysInMonth()));
}

void tst_CalendarGrid::dayLength_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("minutes");
    QTest::newRow("Berlin spring forward")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << 23 * 60;
    QTest::newRow("Berlin fall back")
        << QByteArray("Europe/Berlin") << QDate(2026, 10, 25) << 25 * 60;
    QTest::newRow("Berlin ordinary")
        << QByteArray("Europe/Berlin") << QDate(2026, 11, 22) << 24 * 60;
    QTest::newRow("New York spring forward")
        << QByteArray("America/New_York") << QDate(2026, 3, 8) << 23 * 60;
    QTest::newRow("Sydney fall back (April)")
        << QByteArray("Australia/Sydney") << QDate(2026, 4, 5) << 25 * 60;
    QTest::newRow("UTC never changes") << QByteArray("UTC") << QDate(2026, 3, 29) << 24 * 60;
}

void tst_CalendarGrid::dayLength()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(int, minutes);
    const CalendarGrid grid{QTimeZone(zone), Qt::Monday};
    QVERIFY(grid.zone().isValid());
    QCOMPARE(grid.minutesInDay(date), minutes);
}

void tst_CalendarGrid::skippedHour_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("Berlin 02:00-03:00")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << 120 << 180;
    QTest::newRow("New York 02:00-03:00")
        << QByteArray("America/New_York") << QDate(2026, 3, 8) << 120 << 180;
    QTest::newRow("Berlin fall back: none")
        << QByteArray("Europe/Berlin") << QDate(2026, 10, 25) << -1 << -1;
    QTest::newRow("ordinary day: none")
        << QByteArray("Europe/Berlin") << QDate(2026, 6, 1) << -1 << -1;
}

void tst_CalendarGrid::skippedHour()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(int, from);
    QFETCH(int, to);
    const CalendarGrid grid{QTimeZone(zone), Qt::Monday};
    const auto skipped = grid.skippedMinutes(date);
    QCOMPARE(skipped.first, from);
    QCOMPARE(skipped.second, to);
}

void tst_CalendarGrid::slotTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("minute");
    QTest::addColumn<QDateTime>("utc");
    const QDateTime berlinSpring(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC); // 03:00 CEST
    QTest::newRow("Berlin 09:00 in winter")
        << QByteArray("Europe/Berlin") << QDate(2026, 1, 10) << 9 * 60
        << QDateTime(QDate(2026, 1, 10), QTime(8, 0), Qt::UTC);
    QTest::newRow("Berlin 09:00 in summer")
        << QByteArray("Europe/Berlin") << QDate(2026, 7, 10) << 9 * 60
        << QDateTime(QDate(2026, 7, 10), QTime(7, 0), Qt::UTC);
    QTest::newRow("Berlin 02:30 does not exist: 03:00")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << 150 << berlinSpring;
    QTest::newRow("Berlin 01:45 before the gap")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << 105
        << QDateTime(QDate(2026, 3, 29), QTime(0, 45), Qt::UTC);
    QTest::newRow("Berlin 03:15 after the gap")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << 195
        << QDateTime(QDate(2026, 3, 29), QTime(1, 15), Qt::UTC);
    QTest::newRow("Tokyo 00:00") << QByteArray("Asia/Tokyo") << QDate(2026, 11, 23) << 0
                                 << QDateTime(QDate(2026, 11, 22), QTime(15, 0), Qt::UTC);
}

void tst_CalendarGrid::slotTime()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(int, minute);
    QFETCH(QDateTime, utc);
    const CalendarGrid grid{QTimeZone(zone), Qt::Monday};
    const QDateTime slot = grid.slotTime(date, minute);
    QCOMPARE(slot, utc);
    QCOMPARE(slot.timeSpec(), Qt::UTC);
    QCOMPARE(grid.dateOf(slot), date);
}

void tst_CalendarGrid::placement()
{
    const CalendarGrid berlin{QTimeZone("Europe/Berlin"), Qt::Monday};
    // 23:30 UTC on 31 Dec is already 1 Jan in Berlin.
    const QDateTime newYear(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC);
    QCOMPARE(berlin.dateOf(newYear), QDate(2027, 1, 1));
    QCOMPARE(berlin.minuteOfDay(newYear), 30);
    const CalendarGrid newYork{QTimeZone("America/New_York"), Qt::Sunday};
    QCOMPARE(newYork.dateOf(newYear), QDate(2026, 12, 31));
    QCOMPARE(newYork.minuteOfDay(newYear), 18 * 60 + 30);
    // Both 02:30s of a fall-back night sit at the same wall-clock row.
    const QDateTime first(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC);
    const QDateTime second(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC);
    QCOMPARE(berlin.minuteOfDay(first), 150);
    QCOMPARE(berlin.minuteOfDay(second), 150);
}

void tst_CalendarGrid::snapping_data()
{
    QTest::addColumn<int>("minute");
    QTest::addColumn<int>("snapped");
    QTest::newRow("on the grid") << 540 << 540;
    QTest::newRow("rounds down") << 554 << 540;
    QTest::newRow("next quarter") << 555 << 555;
    QTest::newRow("midnight") << 0 << 0;
    QTest::newRow("last quarter") << 1439 << 1425;
}

void tst_CalendarGrid::snapping()
{
    QFETCH(int, minute);
    QFETCH(int, snapped);
    QCOMPARE(CalendarGrid::snap(minute), snapped);
    const CalendarGrid grid(QTimeZone::utc(), Qt::Monday);
    QCOMPARE(grid.minuteOfDay(grid.snappedSlotTime(QDate(2026, 5, 5), minute)), snapped);
}

void tst_CalendarGrid::moveKeepsTimeOfDay_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDateTime>("expected");
    // 09:00 CET (08:00 UTC) to a summer day: 09:00 CEST is 07:00 UTC.
    QTest::newRow("into summer time")
        << QDateTime(QDate(2026, 3, 27), QTime(8, 0), Qt::UTC) << QDate(2026, 3, 30)
        << QDateTime(QDate(2026, 3, 30), QTime(7, 0), Qt::UTC);
    QTest::newRow("out of summer time")
        << QDateTime(QDate(2026, 10, 24), QTime(7, 15), Qt::UTC) << QDate(2026, 10, 26)
        << QDateTime(QDate(2026, 10, 26), QTime(8, 15), Qt::UTC);
    QTest::newRow("same offset") << QDateTime(QDate(2026, 11, 2), QTime(17, 45, 30), Qt::UTC)
                                 << QDate(2026, 11, 20)
                                 << QDateTime(QDate(2026, 11, 20), QTime(17, 45, 30), Qt::UTC);
    QTest::newRow("into the skipped hour: 03:00")
        << QDateTime(QDate(2026, 3, 20), QTime(1, 30), Qt::UTC) << QDate(2026, 3, 29)
        << QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC);
}

void tst_CalendarGrid::moveKeepsTimeOfDay()
{
    QFETCH(QDateTime, instant);
    QFETCH(QDate, day);
    QFETCH(QDateTime, expected);
    const CalendarGrid grid{QTimeZone("Europe/Berlin"), Qt::Monday};
    QCOMPARE(grid.movedToDay(instant, day), expected);
}

void tst_CalendarGrid::visibleRanges()
{
    const CalendarGrid grid{QTimeZone("Europe/Berlin"), Qt::Monday};
    // The week of the spring-forward Sunday is 7 days minus one hour long.
    const QDate spring(2026, 3, 29);
    QCOMPARE(grid.weekRangeStart(spring), QDateTime(QDate(2026, 3, 22), QTime(23, 0), Qt::UTC));
    QCOMPARE(grid.weekRangeStart(spring).secsTo(grid.weekRangeEnd(spring)), 7 * 86400 - 3600);
    QCOMPARE(grid.monthRangeStart(QDate(2026, 11, 5)),
             QDateTime(QDate(2026, 10, 25), QTime(23, 0), Qt::UTC));
    QCOMPARE(grid.monthRangeEnd(QDate(2026, 11, 5)),
             QDateTime(QDate(2026, 12, 6), QTime(23, 0), Qt::UTC));
}

QTEST_GUILESS_MAIN(tst_CalendarGrid)
#include "tst_calendargrid.moc"
