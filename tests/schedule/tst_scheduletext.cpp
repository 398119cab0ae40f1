// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleText.h"

#include <QTest>

using namespace CreatorDesk;

// Every state a queue item can be in is said with what happens next: nothing sits in
// "publishing" or "failed" without since when, how many attempts, and why.
class tst_ScheduleText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusLine_data();
    void statusLine();
    void timesInTheChosenZone();
};

void tst_ScheduleText::statusLine_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("lastError");
    QTest::addColumn<bool>("hasLastAttempt");
    QTest::addColumn<bool>("retryPending");
    QTest::addColumn<QStringList>("mustSay");
    QTest::newRow("waiting") << "scheduled" << 0 << "" << false << false
                             << QStringList{QStringLiteral("X (Twitter): waiting")};
    QTest::newRow("publishing, first attempt")
        << "publishing" << 0 << "" << false << false
        << QStringList{QStringLiteral("publishing since Tue 24 Nov, 10:01"),
                       QStringLiteral("attempt 1 of 3"), QStringLiteral("sending it now")};
    QTest::newRow("publishing, a retry")
        << "publishing" << 1 << "TOKEN_EXPIRED" << true << false
        << QStringList{QStringLiteral("since Tue 24 Nov, 10:05"), QStringLiteral("attempt 2 of 3")};
    QTest::newRow("waiting after a failed attempt")
        << "scheduled" << 1 << "INSUFFICIENT_CREDITS" << true << false
        << QStringList{QStringLiteral("attempt 1 failed at Tue 24 Nov, 10:05"),
                       QStringLiteral("not enough credits"),
                       QStringLiteral("2 of 3 attempts left")};
    QTest::newRow("failed") << "failed" << 3 << "TOKEN_EXPIRED" << true << false
                            << QStringList{QStringLiteral("failed after 3 attempt(s)"),
                                           QStringLiteral("last at Tue 24 Nov, 10:05"),
                                           QStringLiteral("sign-in has expired")};
    QTest::newRow("failed, retry scheduled")
        << "failed" << 3 << "NOT_FOUND" << true << true
        << QStringList{QStringLiteral("no longer exists"), QStringLiteral("A retry is scheduled.")};
    QTest::newRow("failed, unknown message kept")
        << "failed" << 3 << "Upstream said no" << true << false
        << QStringList{QStringLiteral("Upstream said no")};
    QTest::newRow("published") << "published" << 1 << "" << true << false
                               << QStringList{QStringLiteral("published at https://x.com/p/1")};
}

void tst_ScheduleText::statusLine()
{
    QFETCH(QString, status);
    QFETCH(int, attempts);
    QFETCH(QString, lastError);
    QFETCH(bool, hasLastAttempt);
    QFETCH(bool, retryPending);
    QFETCH(QStringList, mustSay);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    ScheduleItem item;
    item.platformName = QStringLiteral("twitter");
    item.status = status;
    item.attempts = attempts;
    item.lastError = lastError;
    item.scheduledFor = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    item.jitterSeconds = 60;
    if (hasLastAttempt)
        item.lastAttemptAt = QDateTime(QDate(2026, 11, 24), QTime(10, 5), Qt::UTC);
    if (status == QLatin1String("published"))
        item.publishedUrl = QStringLiteral("https://x.com/p/1");
    const QString line = ScheduleText::statusLine(item, QTimeZone::utc(), retryPending);
    for (const QString &part : mustSay)
        QVERIFY2(line.contains(part), qPrintable(line));
}

void tst_ScheduleText::timesInTheChosenZone()
{
    const QDateTime utc(QDate(2026, 11, 24), QTime(23, 30), Qt::UTC);
    QCOMPARE(ScheduleText::time(utc, QTimeZone::utc()), QStringLiteral("23:30"));
    QCOMPARE(ScheduleText::time(utc, QTimeZone("Europe/Berlin")), QStringLiteral("00:30"));
    QCOMPARE(ScheduleText::time(utc, QTimeZone("America/New_York")), QStringLiteral("18:30"));
}

QTEST_MAIN(tst_ScheduleText)
#include "tst_scheduletext.moc"
