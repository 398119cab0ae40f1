// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RateLimitInfo.h"

#include <QTest>

using namespace CreatorDesk;

class TestRateLimitInfo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHeaders_data();
    void fromHeaders();
};

void TestRateLimitInfo::fromHeaders_data()
{
    QTest::addColumn<QByteArray>("limit");
    QTest::addColumn<QByteArray>("remaining");
    QTest::addColumn<QByteArray>("reset");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("expectedRemaining");
    QTest::addColumn<qint64>("resetEpoch"); // 0: none

    QTest::newRow("documented") << QByteArray("1000") << QByteArray("950")
                                << QByteArray("1705272000") << true << 950 << qint64(1705272000);
    QTest::newRow("spaces") << QByteArray(" 100 ") << QByteArray(" 0") << QByteArray("1705272000 ")
                            << true << 0 << qint64(1705272000);
    QTest::newRow("no reset") << QByteArray("100") << QByteArray("5") << QByteArray() << true << 5
                              << qint64(0);
    QTest::newRow("missing") << QByteArray() << QByteArray() << QByteArray() << false << -1
                             << qint64(0);
    QTest::newRow("garbage") << QByteArray("many") << QByteArray("5") << QByteArray("x") << false
                             << -1 << qint64(0);
    QTest::newRow("negative") << QByteArray("100") << QByteArray("-1") << QByteArray("1") << false
                              << -1 << qint64(0);
}

void TestRateLimitInfo::fromHeaders()
{
    QFETCH(QByteArray, limit);
    QFETCH(QByteArray, remaining);
    QFETCH(QByteArray, reset);
    QFETCH(bool, known);
    QFETCH(int, expectedRemaining);
    QFETCH(qint64, resetEpoch);
    const RateLimitInfo info = RateLimitInfo::fromHeaders(limit, remaining, reset);
    QCOMPARE(info.isKnown(), known);
    QCOMPARE(info.remaining, expectedRemaining);
    QCOMPARE(info.resetsAt.isValid() ? info.resetsAt.toSecsSinceEpoch() : 0, resetEpoch);
    if (info.resetsAt.isValid())
        QCOMPARE(info.resetsAt.timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestRateLimitInfo)
#include "tst_ratelimitinfo.moc"
