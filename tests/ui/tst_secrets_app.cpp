// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #9 for the app process: `creatordesk --demo` signs in to its own sandbox with the demo
// password and keeps the key it gets. Run offscreen with every log category at debug and a
// temporary home, its stdout, stderr and every file it left there must hold neither the demo
// password nor any full key.
#include "SecretScan.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk::Testing;

class tst_SecretsApp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoRun_data();
    void demoRun();
    void scanFindsACanary();

private:
    static SecretScan makeScan();
    QString m_program;
};

namespace {
// As defined by app/demo/DemoConnector.h and sandbox/DemoData.h.
const QString demoPassword = QStringLiteral("demo-password");
const QString sandboxDemoKey = QStringLiteral("sk-demo-4f9c2b7e1a6d8e3f5b0c9a7d2e4f6a8b");
} // namespace

SecretScan tst_SecretsApp::makeScan()
{
    // The key the sandbox issues at sign-in is unknown here: anything shaped like a full key
    // counts ("sk-" and 20 more key characters; the app shows at most a short prefix).
    return SecretScan({demoPassword, sandboxDemoKey},
                      {QRegularExpression(QStringLiteral("sk-[A-Za-z0-9_-]{20,}"))});
}

void tst_SecretsApp::initTestCase()
{
    const QString sandbox = qEnvironmentVariable("CREATORDESK_SANDBOX");
    if (sandbox.isEmpty())
        QSKIP("CREATORDESK_SANDBOX is not set; run this test through ctest.");
#ifdef Q_OS_WIN
    QSKIP("Reads the window's debug log from its standard error; a Windows GUI program logs to "
          "the debugger (OutputDebugString), and its files are not moved by XDG_* variables");
#endif
    m_program = QStandardPaths::findExecutable(QStringLiteral("creatordesk"),
                                               {QFileInfo(sandbox).absolutePath()});
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(sandbox));
}

void tst_SecretsApp::demoRun_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("waitFor"); // a line that shows the flow ran; then it is ended
    QTest::newRow("exit after startup")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--exit-after-startup")}
        << QString();
    QTest::newRow("until signed in")
        << QStringList{QStringLiteral("--demo")} << QStringLiteral("signed in to the demo server");
}

void tst_SecretsApp::demoRun()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, waitFor);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_program, arguments);
    QVERIFY(process.waitForStarted(10000));
    QByteArray output;
    if (waitFor.isEmpty()) {
        QVERIFY(process.waitForFinished(60000));
        output = process.readAll();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, output.right(500).constData());
    } else {
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         output += process.readAll();
                         return output.contains(waitFor.toUtf8());
                     },
                     30000),
                 output.right(500).constData());
        QTest::qWait(1500); // the demo schedule and the first lists after sign-in
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(5000);
        }
        output += process.readAll();
    }
    const QString text = QString::fromUtf8(output);
    const qsizetype lines = text.count(QLatin1Char('\n'));
    QVERIFY2(lines > 10, output.constData()); // debug logging was on
    QVERIFY(text.contains(QLatin1String("first paint")));
    QVERIFY(text.contains(QLatin1String("signed in to the demo server"))); // the password was used

    SecretScan scan = makeScan();
    scan.scanText(QStringLiteral("stdout/stderr"), text);
    scan.scanFiles({home.path()});
    QVERIFY2(scan.found().isEmpty(), qPrintable(scan.found().join(QLatin1Char('\n'))));
    QVERIFY(scan.files() >= 1); // it wrote its settings there
    qInfo("%lld lines (%lld bytes) of output and %d files (%lld bytes) left in its home searched",
          lines, output.size(), scan.files(), scan.bytes());
}

void tst_SecretsApp::scanFindsACanary()
{
    // The same scan finds what it looks for, in output and in a file deep in the home.
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".local/share/creatordesk")));
    QFile planted(home.filePath(QStringLiteral(".local/share/creatordesk/state.ini")));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("[x]\npassword=demo-password\n");
    planted.close();
    SecretScan scan = makeScan();
    scan.scanFiles({home.path()});
    scan.scanText(QStringLiteral("output"), QStringLiteral("key sk-a1b2c3d4e5f6a7b8c9d0e1f2 here"));
    scan.scanText(QStringLiteral("output"), QStringLiteral("shown as sk-a1b2\u2026 only"));
    QCOMPARE(scan.found().size(), 2);
    QVERIFY(scan.found().at(0).contains(QLatin1String("state.ini")));
    QVERIFY(scan.found().at(1).startsWith(QLatin1String("output")));
}

QTEST_GUILESS_MAIN(tst_SecretsApp)
#include "tst_secrets_app.moc"
