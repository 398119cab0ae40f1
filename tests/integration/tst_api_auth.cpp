// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiFixture.h"
#include "auth/MemorySecretStore.h"
#include "auth/NewKeyKeeper.h"
#include "storage/ConnectionStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

namespace {
// A keychain that answers its probe and then refuses to write, as a locked one does.
class RefusingStore final : public SecretStore
{
public:
    bool isPersistent() const override { return true; }
    void write(const QString &, const QString &, QObject *context, SecretHandler handler) override
    {
        answer(context, handler,
               {SecretResult::Status::Denied, {}, QStringLiteral("The keychain is locked.")});
    }
    void read(const QString &, QObject *context, SecretHandler handler) override
    {
        answer(context, handler, {SecretResult::Status::NotFound, {}, {}});
    }
    void remove(const QString &, QObject *context, SecretHandler handler) override
    {
        answer(context, handler, {});
    }
    void probe(QObject *context, SecretHandler handler) override { answer(context, handler, {}); }

private:
    static void answer(QObject *context, SecretHandler handler, SecretResult result)
    {
        QTimer::singleShot(0, context, [handler, result] { handler(result); });
    }
};
} // namespace

class TestApiAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void login_data();
    void login();
    void oauth_data();
    void oauth();
    void oauthWrongState();
    void apiKeyLifecycle();
    void connectTwitterAccount();
    void missingEndpointSaysTheAddress_data();
    void missingEndpointSaysTheAddress();
    void keyThatCannotBeStoredIsRevoked_data();
    void keyThatCannotBeStoredIsRevoked();

private:
    SandboxProcess m_sandbox;
};

void TestApiAuth::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestApiAuth::login_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status"); // 0: success
    QTest::addColumn<QString>("code");

    QTest::newRow("ok") << demoEmail << demoPassword << 0 << QString();
    QTest::newRow("wrong password") << demoEmail << "nope" << 401 << "INVALID_CREDENTIALS";
    QTest::newRow("unknown user") << "nobody@creatordesk.test"
                                  << "x" << 404 << "USER_NOT_FOUND";
    QTest::newRow("empty email") << ""
                                 << "x" << 400 << "INVALID_INPUT";
}

void TestApiAuth::login()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(int, status);
    QFETCH(QString, code);

    Connection connection(m_sandbox, QStringLiteral("xaicreator"), QString());
    const auto result = await<SignInResult>(
        [&](QObject *c, auto h) { return connection.api->login(email, password, c, h); });
    if (status == 0) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage()));
        QVERIFY(result.value().apiKey.key.startsWith(QLatin1String("sk-")));
        QCOMPARE(result.value().user.email, email);
        QVERIFY(!result.value().warning.isEmpty());
        // The key works at once.
        connection.http->setApiKey(result.value().apiKey.key);
        const auto credits =
            await<CreditBalance>([&](QObject *c, auto h) { return connection.api->credits(c, h); });
        QVERIFY(credits.ok());
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, status);
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().userMessage().isEmpty());
    }
}

void TestApiAuth::oauth_data()
{
    QTest::addColumn<int>("provider");
    QTest::addColumn<QString>("redirect");
    QTest::newRow("google") << int(ApiClient::OAuthProvider::Google)
                            << "http://127.0.0.1:9/oauth-callback";
    QTest::newRow("twitter") << int(ApiClient::OAuthProvider::Twitter)
                             << "http://127.0.0.1:9/oauth-callback?provider=twitter";
}

void TestApiAuth::oauth()
{
    QFETCH(int, provider);
    QFETCH(QString, redirect);
    const auto oauthProvider = ApiClient::OAuthProvider(provider);
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), QString());

    const auto start = await<OAuthStart>([&](QObject *c, auto h) {
        return connection.api->oauthUrl(oauthProvider, QUrl(redirect), c, h);
    });
    QVERIFY(start.ok());
    QVERIFY(!start.value().state.isEmpty());

    // Play the browser: the consent page redirects to our redirect URI with code and state.
    const auto consent = m_sandbox.get(start.value().authUrl);
    QCOMPARE(consent.status, 302);
    QVERIFY2(consent.location.toString().startsWith(
                 QUrl(redirect).adjusted(QUrl::RemoveQuery).toString()),
             qPrintable(consent.location.toString()));
    const QUrlQuery query(consent.location);
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), start.value().state);
    const QString code = query.queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    if (oauthProvider == ApiClient::OAuthProvider::Twitter)
        QCOMPARE(query.queryItemValue(QStringLiteral("provider")), QStringLiteral("twitter"));

    const auto signIn = await<SignInResult>([&](QObject *c, auto h) {
        return connection.api->oauthCallback(oauthProvider, code, start.value().state, c, h);
    });
    QVERIFY2(signIn.ok(), qPrintable(signIn.ok() ? QString() : signIn.error().userMessage()));
    QVERIFY(signIn.value().apiKey.key.startsWith(QLatin1String("sk-")));
    QCOMPARE(signIn.value().user.provider, oauthProvider == ApiClient::OAuthProvider::Google
                                               ? QStringLiteral("google")
                                               : QStringLiteral("twitter"));

    // A code is good once.
    const auto replay = await<SignInResult>([&](QObject *c, auto h) {
        return connection.api->oauthCallback(oauthProvider, code, start.value().state, c, h);
    });
    QVERIFY(!replay.ok());
    QCOMPARE(replay.error().httpStatus, 400);
}

void TestApiAuth::oauthWrongState()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), QString());
    const auto start = await<OAuthStart>([&](QObject *c, auto h) {
        return connection.api->oauthUrl(ApiClient::OAuthProvider::Google,
                                        QUrl(QStringLiteral("http://127.0.0.1:9/cb")), c, h);
    });
    QVERIFY(start.ok());
    const QString code = QUrlQuery(m_sandbox.get(start.value().authUrl).location)
                             .queryItemValue(QStringLiteral("code"));
    const auto signIn = await<SignInResult>([&](QObject *c, auto h) {
        return connection.api->oauthCallback(ApiClient::OAuthProvider::Google, code,
                                             QStringLiteral("forged-state"), c, h);
    });
    QVERIFY(!signIn.ok());
    QCOMPARE(signIn.error().code, QStringLiteral("INVALID_INPUT"));
}

void TestApiAuth::apiKeyLifecycle()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    const auto created = await<SignInResult>([&](QObject *c, auto h) {
        return connection.api->createApiKey(QStringLiteral("Laptop"), c, h);
    });
    QVERIFY(created.ok());
    const QString newKey = created.value().apiKey.key;
    QVERIFY(newKey.startsWith(QLatin1String("sk-")));
    QCOMPARE(created.value().apiKey.name, QStringLiteral("Laptop"));

    const auto listed =
        await<ApiKeyList>([&](QObject *c, auto h) { return connection.api->apiKeys(c, h); });
    QVERIFY(listed.ok());
    QString newId;
    for (const ApiKeyInfo &key : listed.value().keys) {
        QVERIFY2(!key.key.contains(newKey.mid(8)), "a listed key must be masked");
        if (key.name == QLatin1String("Laptop"))
            newId = key.id;
    }
    QVERIFY(!newId.isEmpty());

    const auto deleted = await<Acknowledgement>(
        [&](QObject *c, auto h) { return connection.api->deleteApiKey(newId, c, h); });
    QVERIFY(deleted.ok());

    // The revoked key is refused from now on.
    Connection revoked(m_sandbox, QStringLiteral("xaicreator"), newKey);
    const auto refused =
        await<CreditBalance>([&](QObject *c, auto h) { return revoked.api->credits(c, h); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 401);
    QCOMPARE(refused.error().code, QStringLiteral("INVALID_API_KEY"));

    const auto missing = await<Acknowledgement>([&](QObject *c, auto h) {
        return connection.api->deleteApiKey(QStringLiteral("no-such-key"), c, h);
    });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().httpStatus, 404);
}

void TestApiAuth::connectTwitterAccount()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    TwitterConnectRequest request;
    request.socialSetId = QStringLiteral("set-personal");
    const auto session = await<TwitterConnectSession>(
        [&](QObject *c, auto h) { return connection.api->connectTwitter(request, c, h); });
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().userMessage()));
    QVERIFY(!session.value().sessionId.isEmpty());

    // The consent page sends the browser to the service's own callback, as documented.
    const QUrl callback = m_sandbox.get(session.value().authUrl).location;
    QCOMPARE(callback.path(), QStringLiteral("/api/v1/twitter/callback"));
    const QUrlQuery query(callback);
    const auto connected = await<TwitterConnectResult>([&](QObject *c, auto h) {
        return connection.api->completeTwitterConnect(query.queryItemValue(QStringLiteral("code")),
                                                      query.queryItemValue(QStringLiteral("state")),
                                                      c, h);
    });
    QVERIFY2(connected.ok(),
             qPrintable(connected.ok() ? QString() : connected.error().userMessage()));
    QCOMPARE(connected.value().socialSetId, QStringLiteral("set-personal"));

    const auto sets =
        await<SocialSetList>([&](QObject *c, auto h) { return connection.api->socialSets(c, h); });
    QVERIFY(sets.ok());
    bool found = false;
    for (const SocialSet &set : sets.value().socialSets) {
        for (const SocialAccount &account : set.accounts)
            found = found || account.accountId == connected.value().accountUuid;
    }
    QVERIFY(found);
}

void TestApiAuth::missingEndpointSaysTheAddress_data()
{
    QTest::addColumn<QString>("call");
    QTest::newRow("login") << "login";
    QTest::newRow("credits") << "credits";
    QTest::newRow("social sets") << "socialSets";
    QTest::newRow("key list") << "apiKeys";
}

void TestApiAuth::missingEndpointSaysTheAddress()
{
    QFETCH(QString, call);
    // The sandbox's root, without the documented /api/v1.
    const ServiceRegistry registry = ServiceRegistry::load();
    QNetworkAccessManager network;
    HttpClient http(&network, *registry.find(QStringLiteral("xaicreator")), m_sandbox.rootUrl());
    http.setApiKey(demoKey);
    ApiClient api(&http);
    std::optional<ApiError> error;
    QObject context;
    auto keep = [&error](const auto &result) {
        error = result ? std::nullopt : std::optional<ApiError>(result.error());
    };
    if (call == QLatin1String("login"))
        api.login(demoEmail, demoPassword, &context, keep);
    else if (call == QLatin1String("credits"))
        api.credits(&context, keep);
    else if (call == QLatin1String("socialSets"))
        api.socialSets(&context, keep);
    else
        api.apiKeys(&context, keep);
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->httpStatus, 404);
    const QString sentence = error->userMessage();
    QVERIFY2(sentence.contains(QLatin1String("address looks wrong")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QLatin1String("should end with /api/v1")), qPrintable(sentence));

    // An item that is gone is still said as such, and the service's own 404 keeps its words.
    Connection right(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    const auto gone = await<Acknowledgement>([&](QObject *c, auto h) {
        return right.api->deleteApiKey(QStringLiteral("no-such-key"), c, h);
    });
    QVERIFY(!gone.ok());
    QVERIFY(gone.error().userMessage().contains(QLatin1String("no longer has this item")));
    const auto nobody = await<SignInResult>([&](QObject *c, auto h) {
        return right.api->login(QStringLiteral("nobody@creatordesk.test"), demoPassword, c, h);
    });
    QVERIFY(!nobody.ok());
    QVERIFY(nobody.error().userMessage().contains(QLatin1String("No account is registered")));
}

void TestApiAuth::keyThatCannotBeStoredIsRevoked_data()
{
    QTest::addColumn<bool>("signIn"); // a sign-in's key (no id) or a created one (with its id)
    QTest::newRow("created") << false;
    QTest::newRow("signed in") << true;
}

void TestApiAuth::keyThatCannotBeStoredIsRevoked()
{
    QFETCH(bool, signIn);
    // The keychain answered the probe, then refused the write (locked in between, say).
    RefusingStore keychain;
    MemorySecretStore session;
    QTemporaryDir dir;
    ConnectionStore store(&keychain, &session, dir.filePath(QStringLiteral("c.ini")));
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), signIn ? QString() : demoKey);
    QString key;
    QString keyId;
    if (signIn) {
        const auto result = await<SignInResult>([&](QObject *c, auto h) {
            return connection.api->login(demoEmail, demoPassword, c, h);
        });
        QVERIFY(result.ok());
        key = result.value().apiKey.key;
    } else {
        const auto result = await<SignInResult>([&](QObject *c, auto h) {
            return connection.api->createApiKey(QStringLiteral("Unkept"), c, h);
        });
        QVERIFY(result.ok());
        key = result.value().apiKey.key;
        keyId = result.value().apiKey.id;
    }
    NewKeyKeeper keeper(&store, connection.http.get());
    QSignalSpy finished(&keeper, &NewKeyKeeper::finished);
    keeper.keep(ConnectionRecord::forKey(connection.http->service(), QStringLiteral("Unkept"),
                                         connection.http->baseUrl(), key),
                key, keyId);
    QVERIFY(finished.wait(10'000));
    const auto outcome = finished.first().first().value<NewKeyKeeper::Outcome>();
    QCOMPARE(int(outcome.kind), int(NewKeyKeeper::Outcome::Kind::Revoked));
    QVERIFY2(outcome.message.contains(QLatin1String("revoked")), qPrintable(outcome.message));
    QVERIFY(store.records().isEmpty());

    // The revoked key opens nothing any more.
    Connection withNewKey(m_sandbox, QStringLiteral("xaicreator"), key);
    const auto refused =
        await<CreditBalance>([&](QObject *c, auto h) { return withNewKey.api->credits(c, h); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 401);
}

QTEST_GUILESS_MAIN(TestApiAuth)
#include "tst_api_auth.moc"
