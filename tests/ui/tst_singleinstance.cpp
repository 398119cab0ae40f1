// SPDX-License-Identifier: GPL-3.0-or-later
// One Creator Desk per user's data: a second start hands its arguments to the first and ends,
// so two windows never write the same drafts.
#include "SingleInstance.h"

#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace CreatorDesk;

class tst_SingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondStartHandsOver_data();
    void secondStartHandsOver();
    void crashedOwnerIsTakenOver();
    void secondAppProcessEndsAndFirstRuns();
};

void tst_SingleInstance::secondStartHandsOver_data()
{
    QTest::addColumn<bool>("sameData");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("same data, no arguments") << true << QStringList();
    QTest::newRow("same data, arguments")
        << true << QStringList{QStringLiteral("--demo"), QStringLiteral("ünïcode file.txt")};
    QTest::newRow("other data") << false << QStringList();
}

void tst_SingleInstance::secondStartHandsOver()
{
    QFETCH(bool, sameData);
    QFETCH(QStringList, arguments);

    QTemporaryDir home;
    SingleInstance first(home.filePath(QStringLiteral("data")));
    QVERIFY(first.claim());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    SingleInstance second(
        home.filePath(sameData ? QStringLiteral("data") : QStringLiteral("other")));
    QCOMPARE(second.claim(), !sameData);
    if (!sameData)
        return;
    // The second start blocks on its socket; the first answers from this event loop.
    QString error;
    QFuture<bool> handedOver = QtConcurrent::run(
        [&second, &arguments, &error] { return second.handOver(arguments, 10000, &error); });
    QTRY_VERIFY_WITH_TIMEOUT(handedOver.isFinished(), 15000);
    QVERIFY2(handedOver.result(), qPrintable(error));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toStringList(), arguments);
}

void tst_SingleInstance::crashedOwnerIsTakenOver()
{
    // A lock left by a process that is gone (crash, power cut) must not keep the app out.
    QTemporaryDir home;
    QProcess gone;
    // Any short-lived program will do; the sandbox's --help exists wherever the tests run.
    const QString program = qEnvironmentVariable("CREATORDESK_SANDBOX");
    if (program.isEmpty())
        QSKIP("CREATORDESK_SANDBOX is not set; run through ctest.");
    gone.start(program, {QStringLiteral("--help")});
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId(); // 0 once it has finished
    QVERIFY(gone.waitForFinished());
    // The host as QLockFile names it (%COMPUTERNAME% on Windows, the host name elsewhere): a lock
    // naming another machine is not judged by its process id.
    QByteArray host;
    {
        QLockFile probe(home.filePath(QStringLiteral("probe.lock")));
        QVERIFY(probe.tryLock(0));
        QFile written(home.filePath(QStringLiteral("probe.lock")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        host = written.readAll().split('\n').value(2);
        QVERIFY(!host.isEmpty());
    }
    QFile lock(home.filePath(QStringLiteral("creatordesk.lock")));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\ncreatordesk\n" + host + '\n');
    lock.close();

    SingleInstance instance(home.path());
    QVERIFY(instance.claim());
    SingleInstance second(home.path());
    QVERIFY(!second.claim()); // and now it is held again
}

void tst_SingleInstance::secondAppProcessEndsAndFirstRuns()
{
#ifdef Q_OS_WIN
    QSKIP("Gives the app a data folder of its own with XDG_DATA_HOME; on Windows no variable "
          "moves it, and the test would share the lock of the person's own Creator Desk");
#endif
    const QString app = qEnvironmentVariable("CREATORDESK_APP");
    if (app.isEmpty())
        QSKIP("CREATORDESK_APP is not set; run through ctest.");
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));

    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(app, {});
    QVERIFY(first.waitForStarted());
    // Its lock file says it holds the data.
    const QString lock =
        home.filePath(QStringLiteral("data/Creator Desk/creatordesk/creatordesk.lock"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lock), 20000);

    QProcess second;
    second.setProcessEnvironment(environment);
    second.start(app, {});
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(first.state(), QProcess::Running);

    first.terminate();
    if (!first.waitForFinished(10000))
        first.kill();
}

QTEST_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
