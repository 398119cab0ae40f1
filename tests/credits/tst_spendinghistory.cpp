// SPDX-License-Identifier: GPL-3.0-or-later
// The spending history (persistence, CSV) and the warning threshold, without a server.
#include "credits/CreditThreshold.h"
#include "credits/SpendingHistoryModel.h"
#include "storage/Settings.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk;

namespace {

SpendingRecord record(const QString &what, qint64 credits, std::optional<qint64> balance,
                      const QString &key = QStringLiteral("xaicreator http://127.0.0.1/api/v1"))
{
    SpendingRecord r;
    r.when = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    r.connectionKey = key;
    r.connectionName = QStringLiteral("xAIcreator");
    r.what = what;
    r.credits = credits;
    r.balanceAfter = balance;
    return r;
}

} // namespace

class tst_SpendingHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void appendAndSettle();
    void persistence();
    void damagedFile();
    void csvField_data();
    void csvField();
    void csvExport();
    void csvExportFailure();
    void recordLimit();
    void thresholdCrossing();
    void thresholdStored();

private:
    QTemporaryDir m_dir;
};

void tst_SpendingHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_SpendingHistory::appendAndSettle()
{
    SpendingHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(SpendingHistoryModel::ColumnCount));
    const QString other = QStringLiteral("xquik http://127.0.0.1/xquik/api/v1");
    model.append(record(QStringLiteral("Posted to Bluesky"), 10, 490));
    model.append(record(QStringLiteral("Published to 2 X accounts"), 20, std::nullopt));
    model.append(record(QStringLiteral("elsewhere"), 5, std::nullopt, other));
    model.append(record(QStringLiteral("Quoted a post on X"), 10, std::nullopt));
    QCOMPARE(model.rowCount(), 4);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.settleBalance(QStringLiteral("xaicreator http://127.0.0.1/api/v1"), 460);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.records().at(0).balanceAfter, std::optional<qint64>(490)); // untouched
    QCOMPARE(model.records().at(1).balanceAfter, std::optional<qint64>(460));
    QCOMPARE(model.records().at(3).balanceAfter, std::optional<qint64>(460));
    QVERIFY(!model.records().at(2).balanceAfter); // another account
    QCOMPARE(model.recordsFor(other).size(), 1);

    const QModelIndex cost = model.index(1, SpendingHistoryModel::CostColumn);
    QCOMPARE(cost.data().toString(), QStringLiteral("20 credits"));
    QCOMPARE(cost.data(SpendingHistoryModel::CreditsRole).toLongLong(), 20);
    QCOMPARE(model.index(2, SpendingHistoryModel::BalanceColumn).data().toString(),
             QStringLiteral("not known"));
    QVERIFY(!model.index(2, 0).data(SpendingHistoryModel::BalanceAfterRole).isValid());
    QCOMPARE(model.index(0, 0).data(SpendingHistoryModel::TimeRole).toDateTime(),
             record({}, 0, {}).when);
    QCOMPARE(model.headerData(SpendingHistoryModel::BalanceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Balance after"));
    QVERIFY(model.roleNames().contains(SpendingHistoryModel::BalanceAfterRole));

    // Nothing left to settle: no change reported.
    changed.clear();
    model.settleBalance(QStringLiteral("xaicreator http://127.0.0.1/api/v1"), 400);
    QCOMPARE(changed.size(), 0);
}

void tst_SpendingHistory::persistence()
{
    const QString path = m_dir.filePath(QStringLiteral("nested/dir/history.json"));
    {
        SpendingHistoryModel model;
        QVERIFY(model.setStorageFile(path)); // missing: empty
        QCOMPARE(model.rowCount(), 0);
        model.append(record(QStringLiteral("Posted to Mastodon, \"quoted\""), 10, 90));
        model.append(record(QStringLiteral("Published"), 30, std::nullopt));
        QVERIFY(QFile::exists(path));
    }
    SpendingHistoryModel reloaded;
    QAbstractItemModelTester tester(&reloaded,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(reloaded.setStorageFile(path));
    QCOMPARE(reloaded.rowCount(), 2);
    QCOMPARE(reloaded.records().at(0),
             record(QStringLiteral("Posted to Mastodon, \"quoted\""), 10, 90));
    QCOMPARE(reloaded.records().at(1), record(QStringLiteral("Published"), 30, std::nullopt));

    // The file is plain JSON with a version.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("records")).toArray().size(), 2);
    QVERIFY(!root.value(QStringLiteral("records"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .contains(QStringLiteral("balanceAfter")));
}

void tst_SpendingHistory::damagedFile()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"records\": [ {\"when\": \"not a time\"");
    file.close();
    SpendingHistoryModel model;
    QVERIFY(!model.setStorageFile(path));
    QVERIFY(!model.errorString().isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(QFile::exists(path + QStringLiteral(".damaged"))); // kept aside, not overwritten

    // Records with a bad time or cost are skipped, the rest kept.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"version":1,"records":[{"when":"2026-11-20T09:30:00.000Z","what":"ok",)"
               R"("credits":10},{"when":"yesterday","credits":10},)"
               R"({"when":"2026-11-20T09:31:00.000Z","credits":-3},"garbage"]})");
    file.close();
    QVERIFY(model.setStorageFile(path));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.records().at(0).what, QStringLiteral("ok"));
}

void tst_SpendingHistory::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");

    QTest::newRow("plain") << "Posted to Bluesky"
                           << "Posted to Bluesky";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "a, b"
                           << "\"a, b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "one\ntwo"
                             << "\"one\ntwo\"";
    QTest::newRow("carriage return") << "one\r\ntwo"
                                     << "\"one\r\ntwo\"";
    QTest::newRow("only a quote") << "\""
                                  << "\"\"\"\"";
    QTest::newRow("semicolon stays") << "a;b"
                                     << "a;b";
}

void tst_SpendingHistory::csvField()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(SpendingHistoryModel::csvField(text), field);
}

void tst_SpendingHistory::csvExport()
{
    SpendingHistoryModel model;
    model.append(record(QStringLiteral("Posted to Bluesky, with \"quotes\"\nand a line"), 10, 490));
    model.append(record(QStringLiteral("Plain"), 20, std::nullopt));
    const QByteArray expected =
        "When (UTC),Account,What,Credits,Balance after\r\n"
        "2026-11-20T09:30:00Z,xAIcreator,\"Posted to Bluesky, with \"\"quotes\"\"\nand a "
        "line\",10,490\r\n"
        "2026-11-20T09:30:00Z,xAIcreator,Plain,20,\r\n";
    QCOMPARE(model.toCsv(), expected);

    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(model.exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected);
}

void tst_SpendingHistory::csvExportFailure()
{
    SpendingHistoryModel model;
    model.append(record(QStringLiteral("x"), 10, 1));
    QVERIFY(!model.exportCsv(m_dir.filePath(QStringLiteral("no/such/dir/out.csv"))));
    QVERIFY(model.errorString().contains(QLatin1String("out.csv")));
}

void tst_SpendingHistory::recordLimit()
{
    SpendingHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < SpendingHistoryModel::MaxRecords + 3; ++i)
        model.append(record(QString::number(i), 10, i));
    QCOMPARE(model.rowCount(), SpendingHistoryModel::MaxRecords);
    QCOMPARE(model.records().constFirst().what, QStringLiteral("3"));
}

void tst_SpendingHistory::thresholdCrossing()
{
    Settings settings(m_dir.filePath(QStringLiteral("crossing.ini")));
    CreditThreshold threshold(&settings);
    QCOMPARE(threshold.threshold(), CreditThreshold::DefaultThreshold);
    QSignalSpy crossed(&threshold, &CreditThreshold::crossedBelow);
    const QString a = QStringLiteral("account a");
    const QString b = QStringLiteral("account b");

    threshold.observe(a, 500);
    threshold.observe(a, 60);
    threshold.observe(a, 50); // at the level is not below it
    QCOMPARE(crossed.size(), 0);
    threshold.observe(a, 49);
    QCOMPARE(crossed.size(), 1);
    QCOMPARE(crossed.at(0).at(0).toString(), a);
    QCOMPARE(crossed.at(0).at(1).toLongLong(), 49);
    QCOMPARE(crossed.at(0).at(2).toLongLong(), 50);
    threshold.observe(a, 30); // still below: no second warning
    QCOMPARE(crossed.size(), 1);
    threshold.observe(b, 10); // another account, first seen below
    QCOMPARE(crossed.size(), 2);
    threshold.observe(a, 200); // topped up
    threshold.observe(a, 40);  // and down again
    QCOMPARE(crossed.size(), 3);

    QSignalSpy changed(&threshold, &CreditThreshold::thresholdChanged);
    threshold.setThreshold(20);
    QCOMPARE(changed.size(), 1);
    threshold.setThreshold(20);
    QCOMPARE(changed.size(), 1);
    threshold.observe(a, 30); // above the new level
    threshold.observe(a, 19);
    QCOMPARE(crossed.size(), 4);
    QVERIFY(CreditThreshold::warningText(19, 20).contains(QLatin1String("19 credits")));
    QVERIFY(CreditThreshold::warningText(19, 20).contains(QLatin1String("20")));
}

void tst_SpendingHistory::thresholdStored()
{
    const QString path = m_dir.filePath(QStringLiteral("stored.ini"));
    {
        Settings settings(path);
        CreditThreshold threshold(&settings);
        threshold.setThreshold(120);
        threshold.setThreshold(-5); // clamped
        QCOMPARE(threshold.threshold(), 0);
        threshold.setThreshold(75);
    }
    {
        const QSettings written(path, QSettings::IniFormat);
        QCOMPARE(written.value(QStringLiteral("Credits/warningThreshold")).toLongLong(), 75);
        Settings settings(path);
        CreditThreshold reread(&settings);
        QCOMPARE(reread.threshold(), 75);
    }
    {
        QSettings damaged(path, QSettings::IniFormat);
        damaged.setValue(QStringLiteral("Credits/warningThreshold"), QStringLiteral("nonsense"));
    }
    Settings settings(path);
    CreditThreshold fallback(&settings);
    QCOMPARE(fallback.threshold(), CreditThreshold::DefaultThreshold);
}

QTEST_GUILESS_MAIN(tst_SpendingHistory)
#include "tst_spendinghistory.moc"
