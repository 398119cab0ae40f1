// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/ThreadModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace CreatorDesk;

class tst_ThreadModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operations_data();
    void operations();
    void setDataRecountsOnlyThatRow();
    void countsPerPlatform();
    void strictestPlatformMarksEarliest();
    void lastPostStays();
};

namespace {
QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

QStringList posts(const ThreadModel &model)
{
    return model.texts();
}
} // namespace

void tst_ThreadModel::operations_data()
{
    QTest::addColumn<QStringList>("initial");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("argument");
    QTest::addColumn<QStringList>("expected");

    const QStringList abc = strings({"a", "b", "c"});
    QTest::newRow("add at end") << abc << QStringLiteral("add") << 3 << 0
                                << strings({"a", "b", "c", ""});
    QTest::newRow("add in middle")
        << abc << QStringLiteral("add") << 1 << 0 << strings({"a", "", "b", "c"});
    QTest::newRow("delete first") << abc << QStringLiteral("delete") << 0 << 0
                                  << strings({"b", "c"});
    QTest::newRow("delete last") << abc << QStringLiteral("delete") << 2 << 0
                                 << strings({"a", "b"});
    QTest::newRow("move down") << abc << QStringLiteral("move") << 0 << 1
                               << strings({"b", "a", "c"});
    QTest::newRow("move up") << abc << QStringLiteral("move") << 2 << -1
                             << strings({"a", "c", "b"});
    QTest::newRow("move past end refused") << abc << QStringLiteral("move") << 2 << 1 << abc;
    QTest::newRow("move before start refused") << abc << QStringLiteral("move") << 0 << -1 << abc;
    QTest::newRow("split middle") << QStringList{QStringLiteral("Hello world")}
                                  << QStringLiteral("split") << 0 << 5
                                  << strings({"Hello", " world"});
    QTest::newRow("split at line break")
        << strings({"one\ntwo"}) << QStringLiteral("split") << 0 << 3 << strings({"one", "two"});
    QTest::newRow("split at start")
        << strings({"x"}) << QStringLiteral("split") << 0 << 0 << strings({"", "x"});
    QTest::newRow("merge") << abc << QStringLiteral("merge") << 0 << 0 << strings({"a\nb", "c"});
    QTest::newRow("merge last refused") << abc << QStringLiteral("merge") << 2 << 0 << abc;
    QTest::newRow("merge with empty")
        << strings({"a", ""}) << QStringLiteral("merge") << 0 << 0 << strings({"a"});
}

void tst_ThreadModel::operations()
{
    QFETCH(QStringList, initial);
    QFETCH(QString, operation);
    QFETCH(int, row);
    QFETCH(int, argument);
    QFETCH(QStringList, expected);

    ThreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlatforms({Platform::Twitter, Platform::Bluesky});
    model.setPosts(initial);
    if (operation == QLatin1String("add"))
        model.insertPost(row);
    else if (operation == QLatin1String("delete"))
        model.removePost(row);
    else if (operation == QLatin1String("move"))
        model.movePost(row, argument);
    else if (operation == QLatin1String("split"))
        model.splitPost(row, argument);
    else if (operation == QLatin1String("merge"))
        model.mergeWithNext(row);
    QCOMPARE(posts(model), expected);
    // Every row's counts match its text after the operation.
    for (int i = 0; i < model.rowCount(); ++i) {
        const QList<PlatformCount> counts = model.counts(i);
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.at(0).length,
                 PlatformCounts::count(Platform::Twitter, expected.at(i)).length);
    }
}

void tst_ThreadModel::setDataRecountsOnlyThatRow()
{
    ThreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList texts;
    for (int i = 0; i < 50; ++i)
        texts << QStringLiteral("Post %1").arg(i);
    model.setPosts(texts);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy content(&model, &ThreadModel::contentChanged);
    QVERIFY(model.setData(model.index(25), QStringLiteral("Changed text"), Qt::EditRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 25);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 25);
    QCOMPARE(content.size(), 1);
    QCOMPARE(model.index(25).data(ThreadModel::TextRole).toString(),
             QStringLiteral("Changed text"));
    QCOMPARE(model.counts(25).first().length, 12);
    // The same text again changes nothing.
    QVERIFY(model.setData(model.index(25), QStringLiteral("Changed text"), Qt::EditRole));
    QCOMPARE(changed.size(), 1);
}

void tst_ThreadModel::countsPerPlatform()
{
    ThreadModel model;
    model.setPlatforms({Platform::Twitter, Platform::Mastodon, Platform::LinkedIn});
    model.setPosts({QStringLiteral("Look https://example.com/a/very/long/path/indeed")});
    const QList<PlatformCount> counts =
        model.index(0).data(ThreadModel::CountsRole).value<QList<PlatformCount>>();
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts.at(0).platform, Platform::Twitter);
    QCOMPARE(counts.at(0).length, 5 + 23);
    QCOMPARE(counts.at(0).limit, 280);
    QCOMPARE(counts.at(1).length, 5 + 23);
    QCOMPARE(counts.at(1).limit, 500);
    QCOMPARE(counts.at(2).limit, 3000);
    QVERIFY(model.index(0).data(ThreadModel::ValidRole).toBool());
    QCOMPARE(model.index(0).data(ThreadModel::OverLimitStartRole).toLongLong(), -1);
}

void tst_ThreadModel::strictestPlatformMarksEarliest()
{
    ThreadModel model;
    model.setPlatforms({Platform::Mastodon, Platform::Bluesky, Platform::Twitter});
    const QString text(320, QLatin1Char('x'));
    model.setPosts({text});
    const QModelIndex index = model.index(0);
    QVERIFY(!index.data(ThreadModel::ValidRole).toBool());
    // X (280) cuts before Bluesky (300); Mastodon (500) does not cut.
    QCOMPARE(index.data(ThreadModel::StrictestPlatformRole).toInt(), int(Platform::Twitter));
    QCOMPARE(index.data(ThreadModel::OverLimitStartRole).toLongLong(), 280);
    QCOMPARE(index.data(ThreadModel::OverLimitLengthRole).toLongLong(), 40);
    model.setPlatforms({Platform::Bluesky});
    QCOMPARE(index.data(ThreadModel::OverLimitStartRole).toLongLong(), 300);
}

void tst_ThreadModel::lastPostStays()
{
    ThreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPosts({QStringLiteral("only")});
    QVERIFY(model.removePost(0));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.text(0), QString());
    model.setPosts({});
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(tst_ThreadModel)
#include "tst_threadmodel.moc"
