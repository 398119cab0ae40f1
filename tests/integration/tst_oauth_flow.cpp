// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiFixture.h"
#include "FakeBrowser.h"
#include "auth/OAuthSignIn.h"
#include "auth/XAccountConnector.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;
using namespace std::chrono_literals;

class TestOAuthFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signIn_data();
    void signIn();
    void forgedStateIsRefused();
    void otherPathIsIgnored();
    void secondCallbackFindsNobody();
    void cancelAtAnyMoment();
    void timesOut();
    void oauthNotConfiguredIsNotRetried();
    void connectXAccount_data();
    void connectXAccount();

private:
    SandboxProcess m_sandbox;
};

void TestOAuthFlow::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestOAuthFlow::signIn_data()
{
    QTest::addColumn<int>("provider");
    QTest::newRow("google") << int(ApiClient::OAuthProvider::Google);
    QTest::newRow("twitter") << int(ApiClient::OAuthProvider::Twitter);
}

void TestOAuthFlow::signIn()
{
    QFETCH(int, provider);
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), QString());
    FakeBrowser browser(FakeBrowser::Behaviour::Follow);
    OAuthSignIn signIn(connection.api.get(), ApiClient::OAuthProvider(provider),
                       browser.launcher());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    QSignalSpy urlReady(&signIn, &OAuthSignIn::authorizationUrlReady);
    signIn.start();
    QVERIFY(succeeded.wait(15'000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(urlReady.count(), 1);
    QVERIFY(urlReady.first().at(1).toBool());
    const auto result = succeeded.first().first().value<SignInResult>();
    QVERIFY(result.apiKey.key.startsWith(QLatin1String("sk-")));
    // The browser reads the listener's page after the listener has handed the code on.
    QTRY_COMPARE_WITH_TIMEOUT(browser.listenerStatuses, QList<int>{200}, 10'000);
    QVERIFY(browser.lastPage.contains("close this window"));
    QVERIFY(!signIn.listener().isListening());

    // The key from the flow works.
    connection.http->setApiKey(result.apiKey.key);
    QVERIFY(await<CreditBalance>([&](QObject *c, auto h) {
                return connection.api->credits(c, h);
            }).ok());
}

void TestOAuthFlow::forgedStateIsRefused()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), QString());
    FakeBrowser browser(FakeBrowser::Behaviour::ForgeState);
    OAuthSignIn signIn(connection.api.get(), ApiClient::OAuthProvider::Google, browser.launcher());
    signIn.listener().setTimeout(1500ms);
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    signIn.start();
    QTRY_COMPARE_WITH_TIMEOUT(browser.listenerStatuses, QList<int>{400}, 10'000);
    QVERIFY(browser.lastPage.contains("does not belong"));
    QVERIFY(failed.wait(10'000)); // nothing valid arrives: the time-out ends it
    QCOMPARE(succeeded.count(), 0);
}

void TestOAuthFlow::otherPathIsIgnored()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), QString());
    FakeBrowser browser(FakeBrowser::Behaviour::WrongPath);
    OAuthSignIn signIn(connection.api.get(), ApiClient::OAuthProvider::Google, browser.launcher());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    signIn.start();
    QTRY_COMPARE_WITH_TIMEOUT(browser.listenerStatuses, QList<int>{404}, 10'000);
    QVERIFY(signIn.listener().isListening());
    QCOMPARE(failed.count(), 0);
    signIn.cancel();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(1).toBool());
}

void TestOAuthFlow::secondCallbackFindsNobody()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), QString());
    FakeBrowser browser(FakeBrowser::Behaviour::FollowTwice);
    OAuthSignIn signIn(connection.api.get(), ApiClient::OAuthProvider::Twitter, browser.launcher());
    QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
    signIn.start();
    QVERIFY(succeeded.wait(15'000));
    QTRY_COMPARE_WITH_TIMEOUT(browser.listenerStatuses.size(), 2, 10'000);
    QCOMPARE(browser.listenerStatuses.at(0), 200);
    QCOMPARE(browser.listenerStatuses.at(1), -1); // the listener closed after the first
    QCOMPARE(succeeded.count(), 1);
}

void TestOAuthFlow::cancelAtAnyMoment()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), QString());
    FakeBrowser browser(FakeBrowser::Behaviour::DoNothing);
    // Before the service answered, and while waiting for the browser.
    for (int waitForUrl = 0; waitForUrl < 2; ++waitForUrl) {
        OAuthSignIn signIn(connection.api.get(), ApiClient::OAuthProvider::Google,
                           browser.launcher());
        QSignalSpy urlReady(&signIn, &OAuthSignIn::authorizationUrlReady);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.start();
        if (waitForUrl)
            QVERIFY(urlReady.wait(10'000));
        const quint16 port = signIn.listener().redirectUri().port();
        signIn.cancel();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().at(1).toBool());
        QVERIFY(!signIn.listener().isListening());
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE_WITH_TIMEOUT(probe.state(), QAbstractSocket::UnconnectedState, 5000);
        QTest::qWait(200);
        QCOMPARE(failed.count(), 1); // said once
    }
}

void TestOAuthFlow::timesOut()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), QString());
    FakeBrowser browser(FakeBrowser::Behaviour::DoNothing);
    OAuthSignIn signIn(connection.api.get(), ApiClient::OAuthProvider::Google, browser.launcher());
    signIn.listener().setTimeout(500ms);
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    signIn.start();
    QVERIFY(failed.wait(10'000));
    QVERIFY(!failed.first().at(1).toBool());
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("5 minutes")));
}

void TestOAuthFlow::oauthNotConfiguredIsNotRetried()
{
    SandboxProcess withoutOAuth({QStringLiteral("--no-oauth")});
    QVERIFY2(withoutOAuth.start(), qPrintable(withoutOAuth.errorString()));
    Connection connection(withoutOAuth, QStringLiteral("xaicreator"), QString());
    FakeBrowser browser(FakeBrowser::Behaviour::Follow);
    OAuthSignIn signIn(connection.api.get(), ApiClient::OAuthProvider::Twitter, browser.launcher());
    QSignalSpy failed(&signIn, &OAuthSignIn::failed);
    signIn.start();
    QVERIFY(failed.wait(10'000));
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("not set up")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(browser.opened, 0);
    QCOMPARE(withoutOAuth.requests(QStringLiteral("/auth/oauth/twitter/url")).size(), size_t(1));
}

void TestOAuthFlow::connectXAccount_data()
{
    QTest::addColumn<bool>("createNew");
    QTest::addColumn<bool>("follow");
    QTest::newRow("add to a set") << false << false;
    QTest::newRow("new set, follow") << true << true;
}

void TestOAuthFlow::connectXAccount()
{
    QFETCH(bool, createNew);
    QFETCH(bool, follow);
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    FakeBrowser browser(FakeBrowser::Behaviour::Follow);
    XAccountConnector connector(connection.api.get(), browser.launcher());
    connector.setPolling(50ms, 200ms, 20s);
    QSignalSpy succeeded(&connector, &XAccountConnector::succeeded);
    QSignalSpy failed(&connector, &XAccountConnector::failed);
    TwitterConnectRequest request;
    request.mode = createNew ? TwitterConnectMode::CreateNew : TwitterConnectMode::AddToExisting;
    if (!createNew)
        request.socialSetId = QStringLiteral("set-brand");
    if (follow)
        request.followOnX = true;
    m_sandbox.clearRequests();
    connector.start(request);
    QVERIFY2(succeeded.wait(15'000),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const auto result = succeeded.first().first().value<TwitterConnectResult>();
    QVERIFY(!result.accountUuid.isEmpty());
    if (createNew)
        QVERIFY(result.socialSetId != QLatin1String("set-brand") && !result.socialSetId.isEmpty());
    else
        QCOMPARE(result.socialSetId, QStringLiteral("set-brand"));
    // The browser ended at the service's own callback, which answered it.
    QTRY_COMPARE_WITH_TIMEOUT(browser.listenerStatuses, QList<int>{200}, 10'000);

    // The documented request, and nothing else: no return address.
    const auto sent = m_sandbox.requests(QStringLiteral("/api/v1/twitter/auth"));
    QCOMPARE(sent.size(), size_t(1));
    nlohmann::json expected = {{"mode", createNew ? "create_new" : "add_to_existing"}};
    if (!createNew)
        expected["socialSetId"] = "set-brand";
    if (follow)
        expected["followOnX"] = true;
    QCOMPARE(QString::fromStdString(sent.at(0)["body"].dump()),
             QString::fromStdString(expected.dump()));
}

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_oauth_flow.moc"
