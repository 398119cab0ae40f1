// SPDX-License-Identifier: GPL-3.0-or-later
// Known keys, passwords and OAuth codes through the flows that handle them - in-process with
// every log category at debug level and a message handler that keeps everything, and the CLI
// as a process - then every log line, every output stream and every file under the test's
// home (config, data, cache) is searched for them. None may appear.
#include "ApiFixture.h"
#include "FakeBrowser.h"
#include "LogCapture.h"
#include "SecretScan.h"
#include "auth/OAuthSignIn.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;
using namespace Qt::StringLiterals;

class TestSecretsScan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keyVerificationAndSignIn();
    void oauthThroughLoopback_data();
    void oauthThroughLoopback();
    void keyCreatedShownOnceAndRevoked();
    void cliCommands_data();
    void cliCommands();
    void nothingLeaked();

private:
    void remember(const QString &secret);

    SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QStringList m_secrets;
    QByteArray m_cliOutput;
    int m_cliRuns = 0;
};

namespace {
const QString wrongPassword = QStringLiteral("Tr0ub4dor&3-wrong-horse-battery");
// An authorization code the loopback listener never issued, through the error path.
const QString forgedCode = QStringLiteral("oauth-code-5b2f8e1c9d7a4f6e3b0c");
} // namespace

void TestSecretsScan::remember(const QString &secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

void TestSecretsScan::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    LogCapture::start();
    QVERIFY(m_home.isValid());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    for (const QString &secret : {demoKey, demoPassword, wrongPassword, forgedCode})
        remember(secret);
}

void TestSecretsScan::cleanupTestCase()
{
    LogCapture::stop();
}

void TestSecretsScan::keyVerificationAndSignIn()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    QVERIFY(await<CreditBalance>([&](QObject *c, auto h) {
                return connection.api->credits(c, h);
            }).ok());
    Connection wrong(m_sandbox, QStringLiteral("xaicreator"), demoKey + u"0");
    remember(demoKey + u"0");
    const auto refused =
        await<CreditBalance>([&](QObject *c, auto h) { return wrong.api->credits(c, h); });
    QVERIFY(!refused.ok());
    Connection anonymous(m_sandbox, QStringLiteral("xaicreator"), QString());
    const auto signedIn = await<SignInResult>(
        [&](QObject *c, auto h) { return anonymous.api->login(demoEmail, demoPassword, c, h); });
    QVERIFY(signedIn.ok());
    remember(signedIn.value().apiKey.key);
    const auto badPassword = await<SignInResult>(
        [&](QObject *c, auto h) { return anonymous.api->login(demoEmail, wrongPassword, c, h); });
    QVERIFY(!badPassword.ok());
    QVERIFY(!badPassword.error().userMessage().contains(wrongPassword));
}

void TestSecretsScan::oauthThroughLoopback_data()
{
    QTest::addColumn<int>("provider");
    QTest::newRow("google") << int(ApiClient::OAuthProvider::Google);
    QTest::newRow("x") << int(ApiClient::OAuthProvider::Twitter);
}

void TestSecretsScan::oauthThroughLoopback()
{
    QFETCH(int, provider);
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), QString());
    FakeBrowser browser(FakeBrowser::Behaviour::Follow);
    OAuthSignIn signIn(connection.api.get(), ApiClient::OAuthProvider(provider),
                       browser.launcher());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    signIn.start();
    QVERIFY(succeeded.wait(15'000));
    remember(succeeded.first().first().value<SignInResult>().apiKey.key);
    QCOMPARE(browser.codes.size(), 1);
    remember(browser.codes.first()); // the code the listener received
    // A code nobody issued, straight to the callback endpoint: the error path must not echo it.
    const auto forged = await<SignInResult>([&](QObject *c, auto h) {
        return connection.api->oauthCallback(ApiClient::OAuthProvider(provider), forgedCode,
                                             QStringLiteral("state-x"), c, h);
    });
    QVERIFY(!forged.ok());
    QVERIFY(!forged.error().userMessage().contains(forgedCode));
}

void TestSecretsScan::keyCreatedShownOnceAndRevoked()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    const auto created = await<SignInResult>(
        [&](QObject *c, auto h) { return connection.api->createApiKey(u"scan"_s, c, h); });
    QVERIFY(created.ok());
    const QString newKey = created.value().apiKey.key;
    QVERIFY(newKey.startsWith(QLatin1String("sk-")));
    remember(newKey);
    // Rotation: the new key works, then the old one's successor is revoked with it.
    connection.http->setApiKey(newKey);
    QVERIFY(await<CreditBalance>([&](QObject *c, auto h) {
                return connection.api->credits(c, h);
            }).ok());
    const auto listed =
        await<ApiKeyList>([&](QObject *c, auto h) { return connection.api->apiKeys(c, h); });
    QVERIFY(listed.ok());
    connection.http->setApiKey(demoKey);
    const auto revoked = await<Acknowledgement>([&](QObject *c, auto h) {
        return connection.api->deleteApiKey(created.value().apiKey.id, c, h);
    });
    QVERIFY(revoked.ok());
}

void TestSecretsScan::cliCommands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("withKey");
    QTest::newRow("credits") << QStringList{u"credits"_s} << QByteArray() << true;
    QTest::newRow("keys list") << QStringList{u"keys"_s, u"list"_s} << QByteArray() << true;
    QTest::newRow("wrong key") << QStringList{u"credits"_s} << QByteArray()
                               << false; // key from the input row below
    QTest::newRow("publish") << QStringList{u"publish"_s, u"draft-welcome"_s, u"--accounts"_s,
                                            u"acc-personal-bluesky"_s, u"--json"_s}
                             << QByteArray() << true;
    QTest::newRow("schedule") << QStringList{u"schedule"_s,
                                             u"add"_s,
                                             u"draft-idea"_s,
                                             u"--at"_s,
                                             u"2099-01-01T10:00:00Z"_s,
                                             u"--accounts"_s,
                                             u"acc-personal-bluesky"_s}
                              << QByteArray() << true;
    QTest::newRow("media upload") << QStringList{u"media"_s, u"upload"_s, u"@IMAGE@"_s}
                                  << QByteArray() << true;
    QTest::newRow("login, password on stdin") << QStringList{u"login"_s, u"--email"_s, demoEmail}
                                              << (demoPassword + u"\n").toUtf8() << false;
    QTest::newRow("login, wrong password") << QStringList{u"login"_s, u"--email"_s, demoEmail}
                                           << (wrongPassword + u"\n").toUtf8() << false;
}

void TestSecretsScan::cliCommands()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(bool, withKey);
    const QString image = m_home.filePath(u"picture.png"_s);
    if (!QFile::exists(image)) {
        QFile out(image);
        QVERIFY(out.open(QIODevice::WriteOnly));
        // A valid PNG header is enough for the sandbox's size and type check.
        out.write(
            QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4"
                                "890000000d49444154789c6360000002000154a24f5d0000000049454e44ae"
                                "426082"));
    }
    arguments.replaceInStrings(u"@IMAGE@"_s, image);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    environment.remove(u"CREATORDESK_API_KEY"_s);
    if (withKey)
        environment.insert(u"CREATORDESK_API_KEY"_s, demoKey);
    else if (QByteArray(QTest::currentDataTag()) == "wrong key")
        environment.insert(u"CREATORDESK_API_KEY"_s, demoKey + u"0");
    process.setProcessEnvironment(environment);
    const QString cli =
        QFileInfo(qEnvironmentVariable("CREATORDESK_SANDBOX")).dir().filePath(u"creatordesk-cli"_s);
    process.start(cli, QStringList{u"--base-url"_s, m_sandbox.serviceUrl(u"/api/v1"_s).toString()} +
                           arguments);
    process.write(input);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30'000));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    m_cliOutput += output;
    ++m_cliRuns;
    // The flows ran for real, not only their usage errors. Storing a login needs a keychain,
    // which a run outside a desktop session may not have.
    static const QHash<QByteArray, int> expectedExit{{"credits", 0},
                                                     {"keys list", 0},
                                                     {"wrong key", 1},
                                                     {"publish", 0},
                                                     {"schedule", 0},
                                                     {"media upload", 0},
                                                     {"login, wrong password", 1}};
    const QByteArray tag = QTest::currentDataTag();
    if (expectedExit.contains(tag))
        QVERIFY2(process.exitCode() == expectedExit.value(tag), output.left(300).constData());
}

void TestSecretsScan::nothingLeaked()
{
    QVERIFY(m_secrets.size() >= 10);
    QCOMPARE(m_cliRuns, 8);
    const QString log = LogCapture::lines().join(QLatin1Char('\n'));
    QVERIFY(LogCapture::lines().size() > 20); // debug output was on and captured
    const QString cli = QString::fromUtf8(m_cliOutput);
    // Codes the loopback listener received are unknown here; none may appear in any form.
    static const QRegularExpression codeInUrl(QStringLiteral("[?&]code=[^&\\s\"]+"));
    QVERIFY2(!codeInUrl.match(log).hasMatch(), qPrintable(codeInUrl.match(log).captured()));
    SecretScan scan(m_secrets);
    scan.scanText(u"the log"_s, log);
    scan.scanText(u"CLI output"_s, cli);
    scan.scanFiles(SecretScan::standardRoots({m_home.path(), QDir::homePath()}));
    QVERIFY2(scan.found().isEmpty(), qPrintable(scan.found().join(QLatin1Char('\n'))));
    QVERIFY(scan.files() >= 1);
    qInfo("%lld secrets searched in %lld log lines, %lld bytes of CLI output and %d files "
          "(%lld bytes)",
          qsizetype(m_secrets.size()), LogCapture::lines().size(), m_cliOutput.size(), scan.files(),
          scan.bytes());
}

QTEST_GUILESS_MAIN(TestSecretsScan)
#include "tst_secrets_scan.moc"
