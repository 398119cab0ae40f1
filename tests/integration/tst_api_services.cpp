// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiFixture.h"
#include "api/ExampleApiClient.h"
#include "api/OquiClient.h"
#include "api/TypedCall.h"
#include "api/XquikClient.h"

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

namespace {
const QString xquikKey =
    QStringLiteral("xq_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
const QString oquiTestKey = QStringLiteral("ckiq_test_demo0000000000000000000000");
const QString oquiLiveKey = QStringLiteral("ckiq_live_demo0000000000000000000000");
const QString exampleTestKey = QStringLiteral("sk_test_demo0000000000000000");
} // namespace

class TestApiServices final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void xquikAccount();
    void xquikKeyLifecycle();
    void xquikPaymentChallenge();
    void oquiAssess();
    void oquiErrors();
    void exampleKeys();
    void wrongKeyPerService_data();
    void wrongKeyPerService();

private:
    SandboxProcess m_sandbox;
};

void TestApiServices::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestApiServices::xquikAccount()
{
    Connection connection(m_sandbox, QStringLiteral("xquik"), xquikKey);
    XquikClient xquik(connection.http.get());
    const auto account =
        await<XquikAccount>([&](QObject *c, auto h) { return xquik.account(c, h); });
    QVERIFY2(account.ok(), qPrintable(account.ok() ? QString() : account.error().userMessage()));
    QVERIFY(!account.value().plan.isEmpty());
    QVERIFY(account.value().quotaLimit > 0);
    QVERIFY(account.value().creditBalance.has_value());
}

void TestApiServices::xquikKeyLifecycle()
{
    Connection connection(m_sandbox, QStringLiteral("xquik"), xquikKey);
    XquikClient xquik(connection.http.get());
    const auto created = await<XquikCreatedKey>(
        [&](QObject *c, auto h) { return xquik.createApiKey(QStringLiteral("Staging"), c, h); });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().userMessage()));
    QVERIFY(connection.http->service().formatOf(created.value().fullKey).has_value());
    QCOMPARE(created.value().prefix, created.value().fullKey.left(8));

    const auto listed =
        await<XquikKeyList>([&](QObject *c, auto h) { return xquik.apiKeys(c, h); });
    QVERIFY(listed.ok());
    QVERIFY(std::any_of(listed.value().keys.cbegin(), listed.value().keys.cend(),
                        [&](const XquikKey &k) { return k.id == created.value().id; }));

    // The new key works; once revoked it does not.
    Connection fresh(m_sandbox, QStringLiteral("xquik"), created.value().fullKey);
    XquikClient freshClient(fresh.http.get());
    QVERIFY(
        await<XquikAccount>([&](QObject *c, auto h) { return freshClient.account(c, h); }).ok());
    QVERIFY(await<Acknowledgement>([&](QObject *c, auto h) {
                return xquik.revokeApiKey(created.value().id, c, h);
            }).ok());
    const auto refused =
        await<XquikAccount>([&](QObject *c, auto h) { return freshClient.account(c, h); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 401);
}

void TestApiServices::xquikPaymentChallenge()
{
    Connection connection(m_sandbox, QStringLiteral("xquik"), QString());
    ApiJob *job =
        connection.http->send(ApiRequest::get(QStringLiteral("/x/tweets/20")).unauthenticated());
    std::optional<ApiError> error;
    connect(job, &ApiJob::finished, this, [&] { error = job->error().value_or(ApiError()); });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10'000);
    QCOMPARE(error->httpStatus, 402);
    QVERIFY(error->paymentChallenge.has_value());
    QCOMPARE(error->paymentChallenge->realm, QStringLiteral("xquik.com"));
    QCOMPARE(error->paymentChallenge->method, QStringLiteral("tempo"));
    QVERIFY(!error->paymentChallenge->amount.isEmpty());
    QVERIFY(error->userMessage().contains(QStringLiteral("does not make payments")));
}

void TestApiServices::oquiAssess()
{
    Connection connection(m_sandbox, QStringLiteral("oqui"), oquiTestKey);
    OquiClient oqui(connection.http.get());
    const auto assessment = await<OquiAssessment>([&](QObject *c, auto h) {
        return oqui.assess({{"text", "hello"}}, c, h);
    });
    QVERIFY2(assessment.ok(),
             qPrintable(assessment.ok() ? QString() : assessment.error().userMessage()));
    QVERIFY(!assessment.value().id.isEmpty());
}

void TestApiServices::oquiErrors()
{
    Connection live(m_sandbox, QStringLiteral("oqui"), oquiLiveKey);
    OquiClient poor(live.http.get());
    const auto refused = await<OquiAssessment>([&](QObject *c, auto h) {
        return poor.assess({{"text", "x"}}, c, h);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 402);
    QCOMPARE(refused.error().creditsRequired.value_or(-1), 1);
    QCOMPARE(refused.error().creditsAvailable.value_or(-1), 0);
    QVERIFY(refused.error().userMessage().contains(QStringLiteral("needs 1")));

    // 60 requests a minute; the 61st is refused with retry_after and the documented limit.
    Connection test(m_sandbox, QStringLiteral("oqui"), oquiTestKey);
    RetryPolicy once;
    once.maxAttempts = 1;
    test.http->setRetryPolicy(once);
    OquiClient oqui(test.http.get());
    std::optional<ApiError> limited;
    for (int i = 0; i < 70 && !limited; ++i) {
        const auto result = await<OquiAssessment>([&](QObject *c, auto h) {
            return oqui.assess({{"n", i}}, c, h);
        });
        if (!result.ok())
            limited = result.error();
    }
    QVERIFY(limited);
    QCOMPARE(limited->httpStatus, 429);
    QVERIFY(limited->retryAfterSeconds.value_or(0) > 0);
    QVERIFY(limited->userMessage().contains(QStringLiteral("try again")));
}

void TestApiServices::exampleKeys()
{
    Connection connection(m_sandbox, QStringLiteral("example"), exampleTestKey);
    ExampleApiClient example(connection.http.get());
    const auto listed =
        await<ExampleApiKeyList>([&](QObject *c, auto h) { return example.apiKeys(c, h); });
    QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : listed.error().userMessage()));
    QVERIFY(listed.value().keys.size() >= 2);
    const bool hasOldKey = std::any_of(
        listed.value().keys.cbegin(), listed.value().keys.cend(), [](const ExampleApiKey &k) {
            return k.createdAt.daysTo(QDateTime::currentDateTimeUtc()) > 90;
        });
    QVERIFY(hasOldKey);

    // Revoke a key other than the one in use.
    QString victim;
    for (const ExampleApiKey &key : listed.value().keys) {
        if (!exampleTestKey.startsWith(key.prefix) || key.prefix.size() <= 8)
            victim = key.id;
    }
    QVERIFY(!victim.isEmpty());
    QVERIFY(await<Acknowledgement>([&](QObject *c, auto h) {
                return example.revokeApiKey(victim, c, h);
            }).ok());
    const auto gone = await<Acknowledgement>(
        [&](QObject *c, auto h) { return example.revokeApiKey(victim, c, h); });
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().httpStatus, 404);
}

void TestApiServices::wrongKeyPerService_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("xaicreator") << "xaicreator"
                                << "/credits" << QByteArray("POST");
    QTest::newRow("xquik") << "xquik"
                           << "/account" << QByteArray("GET");
    QTest::newRow("oqui") << "oqui"
                          << "/assess" << QByteArray("POST");
    QTest::newRow("example") << "example"
                             << "/api-keys" << QByteArray("GET");
}

void TestApiServices::wrongKeyPerService()
{
    QFETCH(QString, service);
    QFETCH(QString, path);
    QFETCH(QByteArray, method);
    Connection connection(m_sandbox, service, QStringLiteral("not-a-key"));
    ApiRequest request = method == "GET" ? ApiRequest::get(path) : ApiRequest::post(path);
    const auto result = await<Acknowledgement>([&](QObject *c, auto h) {
        return attachTyped<Acknowledgement>(connection.http->send(request), c, h);
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().httpStatus, 401);
    QVERIFY(result.error().userMessage().contains(QStringLiteral("API key was refused")));
}

QTEST_GUILESS_MAIN(TestApiServices)
#include "tst_api_services.moc"
