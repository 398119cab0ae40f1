// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiFixture.h"

#include <QSignalSpy>
#include <QTcpServer>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

class TestApiFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void invalidKey();
    void transientFailureRetried_data();
    void transientFailureRetried();
    void persistentFailureGivesUp();
    void droppedWriteHasUnknownOutcome();
    void rateLimitWaitsAndRetries_data();
    void rateLimitWaitsAndRetries();
    void rateLimitSignalled();
    void abortCancels();
    void timeout();
    void refusedConnection();
    void plainHttpToRemoteHostRefused();

private:
    SandboxProcess m_sandbox;
};

void TestApiFaults::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestApiFaults::cleanup()
{
    QVERIFY(m_sandbox.setFaults(0, 0, 0, 0));
    QVERIFY(!m_sandbox
                 .control(QStringLiteral("rate-limit"),
                          {{"limit", 1000}, {"windowSeconds", 3600}, {"status", 403}})
                 .is_discarded());
}

void TestApiFaults::invalidKey()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"),
                          QStringLiteral("sk-not-a-real-key-000000000"));
    const auto result =
        await<CreditBalance>([&](QObject *c, auto h) { return connection.api->credits(c, h); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().httpStatus, 401);
    QCOMPARE(result.error().code, QStringLiteral("INVALID_API_KEY"));
    QVERIFY(result.error().userMessage().contains(QStringLiteral("API key was refused")));
}

void TestApiFaults::transientFailureRetried_data()
{
    QTest::addColumn<double>("errorRate");
    QTest::addColumn<double>("dropRate");
    QTest::newRow("500") << 1.0 << 0.0;
    QTest::newRow("dropped connection") << 0.0 << 1.0;
}

void TestApiFaults::transientFailureRetried()
{
    QFETCH(double, errorRate);
    QFETCH(double, dropRate);
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    QVERIFY(m_sandbox.setFaults(errorRate, 0, dropRate));

    std::optional<Result<CreditBalance>> result;
    QObject context;
    ApiJob *job =
        connection.api->credits(&context, [&](const Result<CreditBalance> &r) { result = r; });
    QSignalSpy retrying(job, &ApiJob::retrying);
    // The server recovers once the first attempt has failed: the retry must then succeed.
    connect(job, &ApiJob::retrying, &context, [&] { m_sandbox.setFaults(0, 0, 0); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().userMessage()));
    QVERIFY(retrying.count() >= 1);
}

void TestApiFaults::persistentFailureGivesUp()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    QVERIFY(m_sandbox.setFaults(1.0));
    int attempts = 0;
    std::optional<Result<SocialSetList>> result;
    QObject context;
    ApiJob *job =
        connection.api->socialSets(&context, [&](const Result<SocialSetList> &r) { result = r; });
    connect(job, &ApiJob::finished, &context, [&] { attempts = job->attempts(); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().httpStatus, 500);
    QCOMPARE(attempts, RetryPolicy().maxAttempts);
    QVERIFY(result->error().userMessage().contains(QStringLiteral("try again")));
}

void TestApiFaults::droppedWriteHasUnknownOutcome()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    QVERIFY(m_sandbox.setFaults(0, 0, 1.0));
    NewDraft draft{QStringLiteral("Dropped"), {{QStringLiteral("x"), {}}}, {}, {}, {}, {}, {}};
    int attempts = 0;
    std::optional<Result<CreatedDraft>> result;
    QObject context;
    ApiJob *job = connection.api->createDraft(draft, &context,
                                              [&](const Result<CreatedDraft> &r) { result = r; });
    connect(job, &ApiJob::finished, &context, [&] { attempts = job->attempts(); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ApiError::Kind::UnknownOutcome);
    QCOMPARE(attempts, 1); // never re-sent blindly
    QVERIFY(result->error().userMessage().contains(QStringLiteral("not known")));
}

void TestApiFaults::rateLimitWaitsAndRetries_data()
{
    // 003 documents 403 for a spent window; a server that answers 429 is waited for alike.
    QTest::addColumn<int>("status");
    QTest::newRow("documented 403") << 403;
    QTest::newRow("429") << 429;
}

void TestApiFaults::rateLimitWaitsAndRetries()
{
    QFETCH(int, status);
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    QVERIFY(!m_sandbox
                 .control(QStringLiteral("rate-limit"),
                          {{"limit", 2}, {"windowSeconds", 2}, {"status", status}})
                 .is_discarded());
    QList<std::optional<Result<CreditBalance>>> results(4);
    QObject context;
    QList<int> refusals;
    for (int i = 0; i < 4; ++i) {
        ApiJob *job = connection.api->credits(
            &context, [&results, i](const Result<CreditBalance> &r) { results[i] = r; });
        connect(job, &ApiJob::retrying, &context, [&refusals](int, int, const ApiError &reason) {
            refusals.append(reason.httpStatus);
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(results.cbegin(), results.cend(), [](const auto &r) { return r.has_value(); }),
        30'000);
    for (const auto &result : results)
        QVERIFY2(result->ok(),
                 qPrintable(result->ok() ? QString() : result->error().userMessage()));
    QVERIFY(!refusals.isEmpty());
    QCOMPARE(refusals.first(), status);
}

void TestApiFaults::rateLimitSignalled()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    QVERIFY(
        !m_sandbox.control(QStringLiteral("rate-limit"), {{"limit", 1}, {"windowSeconds", 3600}})
             .is_discarded());
    QSignalSpy changed(connection.http.get(), &HttpClient::rateLimitChanged);
    const auto first =
        await<CreditBalance>([&](QObject *c, auto h) { return connection.api->credits(c, h); });
    QVERIFY(first.ok());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(connection.http->rateLimit().limit, 1);
    QCOMPARE(connection.http->rateLimit().remaining, 0);
    QVERIFY(connection.http->rateLimit().resetsAt > QDateTime::currentDateTimeUtc());

    // Reset is an hour away: the error is shown with the wait instead of a silent hour's wait.
    const auto second =
        await<CreditBalance>([&](QObject *c, auto h) { return connection.api->credits(c, h); });
    QVERIFY(!second.ok());
    QCOMPARE(second.error().httpStatus, 403);
    QCOMPARE(second.error().code, QStringLiteral("RATE_LIMITED"));
    QVERIFY(second.error().retryAfterSeconds.value_or(0) > 60);
    QVERIFY2(second.error().userMessage().contains(QStringLiteral("minute")),
             qPrintable(second.error().userMessage()));
}

void TestApiFaults::abortCancels()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    QVERIFY(m_sandbox.setFaults(0, 0, 0, 3000));
    std::optional<Result<CreditBalance>> result;
    QObject context;
    ApiJob *job =
        connection.api->credits(&context, [&](const Result<CreditBalance> &r) { result = r; });
    QTest::qWait(100);
    job->abort();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5'000);
    QCOMPARE(result->error().kind, ApiError::Kind::Cancelled);
}

void TestApiFaults::timeout()
{
    Connection connection(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    RetryPolicy once;
    once.maxAttempts = 1;
    connection.http->setRetryPolicy(once);
    QVERIFY(m_sandbox.setFaults(0, 0, 0, 3000));
    ApiRequest request = ApiRequest::get(QStringLiteral("/social-sets"));
    request.transferTimeoutMs = 500;
    ApiJob *job = connection.http->send(request);
    QSignalSpy finished(job, &ApiJob::finished);
    std::optional<ApiError> error;
    connect(job, &ApiJob::finished, this, [&] { error = job->error(); });
    QVERIFY(finished.wait(10'000));
    QVERIFY(error);
    QCOMPARE(error->kind, ApiError::Kind::Timeout);
    QVERIFY(error->userMessage().contains(QStringLiteral("did not answer in time")));
}

void TestApiFaults::refusedConnection()
{
    // A port nobody listens on: bind one, learn its number, close it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QNetworkAccessManager network;
    const ServiceRegistry registry = ServiceRegistry::load();
    HttpClient http(&network, *registry.find(QStringLiteral("xaicreator")),
                    QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port)));
    http.setApiKey(demoKey);
    RetryPolicy fast;
    fast.initialDelayMs = 10;
    http.setRetryPolicy(fast);
    ApiClient api(&http);
    const auto result = await<CreditBalance>([&](QObject *c, auto h) { return api.credits(c, h); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Network);
    QCOMPARE(result.error().networkError, QNetworkReply::ConnectionRefusedError);
    QVERIFY(result.error().userMessage().contains(QStringLiteral("refused the connection")));
}

void TestApiFaults::plainHttpToRemoteHostRefused()
{
    QNetworkAccessManager network;
    const ServiceRegistry registry = ServiceRegistry::load();
    HttpClient http(&network, *registry.find(QStringLiteral("xaicreator")),
                    QUrl(QStringLiteral("http://xaicreator.com/api/v1")));
    http.setApiKey(demoKey);
    ApiClient api(&http);
    const auto result = await<CreditBalance>([&](QObject *c, auto h) { return api.credits(c, h); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Policy);
    QVERIFY(result.error().userMessage().contains(QStringLiteral("https")));
}

QTEST_GUILESS_MAIN(TestApiFaults)
#include "tst_api_faults.moc"
