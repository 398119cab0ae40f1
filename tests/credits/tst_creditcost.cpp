// SPDX-License-Identifier: GPL-3.0-or-later
// What spending costs before it happens, and what a finished call did cost.
#include "credits/CreditCost.h"

#include <QTest>

using namespace CreatorDesk;
using Action = CreditCost::Action;

class tst_CreditCost final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void costOf_data();
    void costOf();
    void shortfall_data();
    void shortfall();
    void sentence_data();
    void sentence();
    void chargeFor_data();
    void chargeFor();
    void priceList();
};

void tst_CreditCost::costOf_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<int>("targets");
    QTest::addColumn<qint64>("credits");

    QTest::newRow("publish to one X account") << Action::Publish << 1 << qint64(10);
    QTest::newRow("publish to three X accounts") << Action::Publish << 3 << qint64(30);
    QTest::newRow("publish to none") << Action::Publish << 0 << qint64(0);
    QTest::newRow("multi-platform, five targets")
        << Action::MultiPlatformPublish << 5 << qint64(50);
    QTest::newRow("multi-platform, negative targets")
        << Action::MultiPlatformPublish << -2 << qint64(0);
    QTest::newRow("scheduled, two targets") << Action::ScheduledPublish << 2 << qint64(20);
    QTest::newRow("quote is one post") << Action::Quote << 4 << qint64(10);
    QTest::newRow("a platform post, a thread counts once")
        << Action::PlatformPublish << 7 << qint64(10);
}

void tst_CreditCost::costOf()
{
    QFETCH(Action, action);
    QFETCH(int, targets);
    QFETCH(qint64, credits);
    QCOMPARE(CreditCost::of(action, targets), credits);
}

void tst_CreditCost::shortfall_data()
{
    QTest::addColumn<qint64>("cost");
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("missing");

    QTest::newRow("covered") << qint64(30) << qint64(500) << qint64(0);
    QTest::newRow("exactly") << qint64(30) << qint64(30) << qint64(0);
    QTest::newRow("short") << qint64(30) << qint64(20) << qint64(10);
    QTest::newRow("empty") << qint64(10) << qint64(0) << qint64(10);
    QTest::newRow("negative balance counts as none") << qint64(10) << qint64(-5) << qint64(10);
    QTest::newRow("free") << qint64(0) << qint64(0) << qint64(0);
}

void tst_CreditCost::shortfall()
{
    QFETCH(qint64, cost);
    QFETCH(qint64, balance);
    QFETCH(qint64, missing);
    QCOMPARE(CreditCost::shortfall(cost, balance), missing);
    QCOMPARE(CreditCost::isAffordable(cost, balance), missing == 0);
}

void tst_CreditCost::sentence_data()
{
    QTest::addColumn<qint64>("cost");
    QTest::addColumn<qint64>("balance"); // -1: not known
    QTest::addColumn<QString>("expected");

    QTest::newRow("short") << qint64(30) << qint64(20)
                           << QStringLiteral(
                                  "This costs 30 credits; you have 20. 10 more are needed.");
    // Without a translation loaded the source text shows; creatordesk_en.ts has the singulars.
    QTest::newRow("one missing") << qint64(10) << qint64(9)
                                 << QStringLiteral(
                                        "This costs 10 credits; you have 9. 1 more are needed.");
    QTest::newRow("enough")
        << qint64(30) << qint64(120)
        << QStringLiteral("This costs 30 credits; you have 120, and 90 will be left after it.");
    QTest::newRow("unknown balance")
        << qint64(10) << qint64(-1)
        << QStringLiteral("This costs 10 credits. The balance is not known yet.");
}

void tst_CreditCost::sentence()
{
    QFETCH(qint64, cost);
    QFETCH(qint64, balance);
    QFETCH(QString, expected);
    const std::optional<qint64> known = balance < 0 ? std::nullopt : std::optional(balance);
    QCOMPARE(CreditCost::sentence(cost, known), expected);
}

void tst_CreditCost::chargeFor_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<qint64>("credits"); // -1: not a spending call
    QTest::addColumn<QString>("what");

    const QByteArray twoOfThree =
        R"({"success":true,"jobId":"j","results":[],"summary":{"total":3,"succeeded":2,"failed":1}})";
    const QByteArray noneSucceeded =
        R"({"success":false,"results":[],"summary":{"total":1,"succeeded":0,"failed":1}})";
    const QByteArray resultsOnly =
        R"({"success":true,"results":[{"accountId":"a","platform":"twitter","success":true,)"
        R"("data":{"tweetId":"1","url":"https://x.com/u/status/1"}}]})";

    QTest::newRow("X publish, 2 of 3 posted") << "POST"
                                              << "/twitter/publish" << twoOfThree << qint64(20)
                                              << QStringLiteral("Published to 2 X accounts");
    QTest::newRow("multi-platform, 2 posted")
        << "POST"
        << "/publish/multi-platform" << twoOfThree << qint64(20)
        << QStringLiteral("Published to 2 accounts (multi-platform)");
    QTest::newRow("multi-platform, results without summary")
        << "POST"
        << "/publish/multi-platform" << resultsOnly << qint64(10)
        << QStringLiteral("Published to 1 accounts (multi-platform)");
    QTest::newRow("nothing posted, nothing charged")
        << "POST"
        << "/twitter/publish" << noneSucceeded << qint64(-1) << QString();
    QTest::newRow("unreadable answer")
        << "POST"
        << "/twitter/publish" << QByteArray("{") << qint64(-1) << QString();
    QTest::newRow("quote") << "POST"
                           << "/twitter/quote" << QByteArray("{}") << qint64(10)
                           << QStringLiteral("Quoted a post on X");
    QTest::newRow("bluesky") << "POST"
                             << "/bluesky/publish" << QByteArray("{}") << qint64(10)
                             << QStringLiteral("Posted to Bluesky");
    QTest::newRow("linkedin") << "POST"
                              << "/linkedin/publish" << QByteArray("{}") << qint64(10)
                              << QStringLiteral("Posted to LinkedIn");
    QTest::newRow("schedule is charged later")
        << "POST"
        << "/twitter/schedule" << QByteArray("{}") << qint64(-1) << QString();
    QTest::newRow("credits check") << "POST"
                                   << "/credits" << QByteArray("{}") << qint64(-1) << QString();
    QTest::newRow("a read") << "GET"
                            << "/twitter/publish" << twoOfThree << qint64(-1) << QString();
    QTest::newRow("unknown platform")
        << "POST"
        << "/myspace/publish" << QByteArray("{}") << qint64(-1) << QString();
}

void tst_CreditCost::chargeFor()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, answer);
    QFETCH(qint64, credits);
    QFETCH(QString, what);
    const std::optional<SpendingRecord> charge = CreditCost::chargeFor(method, path, answer);
    QCOMPARE(charge.has_value(), credits >= 0);
    if (!charge)
        return;
    QCOMPARE(charge->credits, credits);
    QCOMPARE(charge->what, what);
    QVERIFY(!charge->balanceAfter);
}

void tst_CreditCost::priceList()
{
    QCOMPARE(CreditCost::allActions().size(), 5);
    for (const Action action : CreditCost::allActions()) {
        QVERIFY(!CreditCost::actionName(action).isEmpty());
        QVERIFY(CreditCost::priceText(action).startsWith(QLatin1String("10 credits")));
    }
    QCOMPARE(CreditCost::priceText(Action::MultiPlatformPublish),
             QStringLiteral("10 credits per account"));
    QCOMPARE(CreditCost::coverage(125), QStringLiteral("Your balance covers 12 posts."));
    QCOMPARE(CreditCost::coverage(9), QStringLiteral("Your balance covers 0 posts."));
}

QTEST_GUILESS_MAIN(tst_CreditCost)
#include "tst_creditcost.moc"
