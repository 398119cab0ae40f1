// SPDX-License-Identifier: GPL-3.0-or-later
// AccountStatus and its parts against a real sandbox: balances of xAIcreator and Xquik, the
// services without one, spending recorded from real publish calls, every service's 402 in
// words, rate-limit headers, and the countdown of a rate limit (003's 403).
#include "CreditsFixture.h"
#include "api/ErrorParser.h"
#include "api/dto/PublishDtos.h"
#include "common/RetryCountdown.h"
#include "connections/AccountStatus.h"
#include "credits/CreditThreshold.h"
#include "credits/SpendingHistoryModel.h"
#include "credits/SpendingTracker.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;
using namespace std::chrono_literals;

class tst_CreditStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void xaiBalanceAndExpiry();
    void xquikAccount();
    void serviceWithoutBalance();
    void spendingIsRecorded();
    void spendingRecordedByCaller();
    void paymentRequired_data();
    void paymentRequired();
    void paymentChallengeHeaders_data();
    void paymentChallengeHeaders();
    void rateLimitHeaders();
    void retryCountdownOnRateLimit();
    void waitCountdownWhenNotRetried();
    void thresholdCrossedBySpending();
    void unreachableIsNotOnline_data();
    void unreachableIsNotOnline();

private:
    std::unique_ptr<ServiceConnection> connect(const QString &serviceId, const QString &key);

    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<AccountStatus> m_status;
};

void tst_CreditStatus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("CREATORDESK_SANDBOX"))
        QSKIP("CREATORDESK_SANDBOX is not set; run this test through ctest.");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_CreditStatus::init()
{
    QVERIFY(!m_sandbox.control(QStringLiteral("reset"), nlohmann::json::object()).is_discarded());
    m_status = std::make_unique<AccountStatus>();
    m_status->history()->clear();
    m_status->threshold()->setThreshold(CreditThreshold::DefaultThreshold);
}

void tst_CreditStatus::cleanup()
{
    if (m_status)
        m_status->setConnection(nullptr, nullptr);
    m_status.reset();
    m_network.clearConnectionCache();
}

std::unique_ptr<ServiceConnection> tst_CreditStatus::connect(const QString &serviceId,
                                                             const QString &key)
{
    return std::make_unique<ServiceConnection>(&m_network, m_sandbox, serviceId, key);
}

void tst_CreditStatus::xaiBalanceAndExpiry()
{
    auto xai = connect(QStringLiteral("xaicreator"), xaiDemoKey);
    m_status->setConnection(xai->http.get(), xai->api.get());
    QCOMPARE(m_status->source(), AccountStatus::Source::XaiCredits);
    QCOMPARE(m_status->state(), AccountStatus::State::Connecting);
    QTRY_COMPARE(m_status->state(), AccountStatus::State::Online);
    QVERIFY(m_status->hasBalance());
    QCOMPARE(m_status->balance(), 500);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_status->expiresAt() > now.addDays(29));
    QVERIFY(!m_status->expiresSoonAt(now));
    QVERIFY(m_status->expiresSoonAt(m_status->expiresAt().addDays(-6)));
    QVERIFY(!m_status->isBelowThreshold());
    QCOMPARE(m_status->serviceName(), QStringLiteral("xAIcreator"));
    QVERIFY(m_status->connectionKey().startsWith(QLatin1String("xaicreator http://127.0.0.1:")));
    QVERIFY(!m_status->connectionKey().contains(xaiDemoKey));

    // Expired credits: the sandbox counts them as 0 and reports the past expiry.
    m_sandbox.control(QStringLiteral("expire-credits"),
                      {{"email", demoEmail.toStdString()}, {"balance", 80}, {"expired", true}});
    m_status->refresh();
    QTRY_COMPARE(m_status->balance(), 0);
    QVERIFY(m_status->expiresAt() < QDateTime::currentDateTimeUtc());
    QVERIFY(m_status->expiresSoonAt(QDateTime::currentDateTimeUtc()));
}

void tst_CreditStatus::xquikAccount()
{
    auto xquik = connect(QStringLiteral("xquik"), xquikKey);
    m_status->setConnection(xquik->http.get(), nullptr);
    QCOMPARE(m_status->source(), AccountStatus::Source::XquikAccount);
    QTRY_COMPARE(m_status->state(), AccountStatus::State::Online);
    QCOMPARE(m_status->plan(), QStringLiteral("pro"));
    QCOMPARE(m_status->balance(), 250);
    QVERIFY(m_status->hasBalance());
    QCOMPARE(m_status->quotaLimit(), 10000);
    QVERIFY(m_status->quotaUsed() >= 1); // this very request counts
    QVERIFY(!m_status->expiresAt().isValid());

    // A wrong key: the error in words, the state says so.
    auto wrong = connect(QStringLiteral("xquik"), QStringLiteral("xq_") + QString(64, u'0'));
    m_status->setConnection(wrong->http.get(), nullptr);
    QTRY_COMPARE(m_status->state(), AccountStatus::State::Error);
    QVERIFY(m_status->lastError().contains(QLatin1String("API key was refused")));
    QVERIFY(!m_status->hasBalance());
}

void tst_CreditStatus::serviceWithoutBalance()
{
    for (const auto &[service, key] :
         {std::pair{QStringLiteral("oqui"), oquiLiveKey},
          std::pair{QStringLiteral("example"), QStringLiteral("sk_test_demo0000000000000000")}}) {
        auto connection = connect(service, key);
        QSignalSpy changed(m_status.get(), &AccountStatus::changed);
        m_status->setConnection(connection->http.get(), nullptr);
        QCOMPARE(m_status->source(), AccountStatus::Source::NoBalance);
        QCOMPARE(m_status->state(), AccountStatus::State::Online);
        QVERIFY(!m_status->hasBalance());
        QVERIFY(!m_status->isLoading());
        m_status->refresh(); // nothing to ask
        QVERIFY(!m_status->isLoading());
        QTest::qWait(100);
        QVERIFY(!m_status->fetchedAt().isValid());
        m_status->setConnection(nullptr, nullptr);
        QCOMPARE(m_status->source(), AccountStatus::Source::None);
    }
}

void tst_CreditStatus::spendingIsRecorded()
{
    auto xai = connect(QStringLiteral("xaicreator"), xaiDemoKey);
    SpendingHistoryModel *history = m_status->history();
    QAbstractItemModelTester tester(history,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_status->setConnection(xai->http.get(), xai->api.get());
    QTRY_COMPARE(m_status->balance(), 500);
    QSignalSpy spent(m_status->spending(), &SpendingTracker::spent);

    SocialPostRequest post;
    post.accountUuid = QStringLiteral("acc-personal-bluesky");
    post.texts = {QStringLiteral("Hello from the credits test")};
    bool posted = false;
    xai->api->publishToBluesky(
        post, this, [&posted](const Result<PlatformPostResult> &result) { posted = result.ok(); });
    QTRY_VERIFY(posted);
    QTRY_COMPARE(spent.size(), 1);
    QTRY_COMPARE(m_status->balance(), 490); // asked again after spending
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->records().at(0).what, QStringLiteral("Posted to Bluesky"));
    QCOMPARE(history->records().at(0).credits, 10);
    QCOMPARE(history->records().at(0).balanceAfter, std::optional<qint64>(490));
    QCOMPARE(history->records().at(0).connectionKey, m_status->connectionKey());

    MultiPlatformRequest multi;
    multi.draftId = QStringLiteral("draft-welcome");
    multi.targetAccounts = {{QStringLiteral("acc-personal-twitter"), Platform::Twitter, {}},
                            {QStringLiteral("acc-personal-mastodon"), Platform::Mastodon, {}}};
    posted = false;
    xai->api->publishMultiPlatform(
        multi, this, [&posted](const Result<PublishOutcome> &result) { posted = result.ok(); });
    QTRY_VERIFY(posted);
    QTRY_COMPARE(history->rowCount(), 2);
    QCOMPARE(history->records().at(1).credits, 20);
    QTRY_COMPARE(history->records().at(1).balanceAfter, std::optional<qint64>(470));
    QCOMPARE(m_status->balance(), 470);

    // Reads spend nothing.
    bool read = false;
    xai->api->drafts({}, this, [&read](const Result<DraftList> &) { read = true; });
    QTRY_VERIFY(read);
    QTest::qWait(100);
    QCOMPARE(history->rowCount(), 2);
}

void tst_CreditStatus::spendingRecordedByCaller()
{
    auto xai = connect(QStringLiteral("xaicreator"), xaiDemoKey);
    m_status->setConnection(xai->http.get(), xai->api.get());
    QTRY_VERIFY(m_status->hasBalance());
    m_status->spending()->record(QStringLiteral("Scheduled post went out"), 10);
    QCOMPARE(m_status->history()->rowCount(), 1);
    QVERIFY(m_status->isLoading()); // and the balance is asked again
    QTRY_COMPARE(m_status->history()->records().at(0).balanceAfter, std::optional<qint64>(500));
    m_status->spending()->record(QStringLiteral("free"), 0); // nothing spent, nothing kept
    QCOMPARE(m_status->history()->rowCount(), 1);
}

void tst_CreditStatus::paymentRequired_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("xAIcreator INSUFFICIENT_CREDITS")
        << "xaicreator" << xaiEmptyKey
        << QStringList{QStringLiteral("needs 10"), QStringLiteral("balance is 5")};
    QTest::newRow("oqui credits_required")
        << "oqui" << oquiLiveKey
        << QStringList{QStringLiteral("needs 1"), QStringLiteral("balance is 0")};
    QTest::newRow("Xquik payment challenge")
        << "xquik" << xquikKey
        << QStringList{QStringLiteral("0.0015 USD"), QStringLiteral("payment"),
                       QStringLiteral("does not make payments"), QStringLiteral("Xquik")};
}

void tst_CreditStatus::paymentRequired()
{
    QFETCH(QString, service);
    QFETCH(QString, key);
    QFETCH(QStringList, words);
    auto connection = connect(service, key);
    m_status->setConnection(connection->http.get(), connection->api.get());
    QSignalSpy required(m_status.get(), &AccountStatus::paymentRequired);

    ApiRequest request;
    if (service == QLatin1String("xaicreator")) {
        // The empty user (5 credits) has an X account; a quote costs 10, checked up front.
        request = ApiRequest::post(
            QStringLiteral("/twitter/quote"),
            {{"content", "hi"}, {"quoteTweetId", "1"}, {"accountId", "acc-empty-twitter"}});
    } else if (service == QLatin1String("oqui")) {
        request = ApiRequest::post(QStringLiteral("/assess"), {{"text", "hello"}});
    } else {
        // An MPP-paid route asked without a credential: 402 with the Payment challenge.
        request = ApiRequest::get(QStringLiteral("/x/tweets/123")).unauthenticated();
    }
    connection->http->send(request);
    QTRY_COMPARE(required.size(), 1);
    const QString sentence = m_status->paymentProblem();
    QCOMPARE(required.at(0).at(0).toString(), sentence);
    for (const QString &word : std::as_const(words))
        QVERIFY2(sentence.contains(word, Qt::CaseInsensitive), qPrintable(sentence));
    QVERIFY(!sentence.contains(key));
}

void tst_CreditStatus::paymentChallengeHeaders_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("absent");

    const QByteArray request =
        QByteArray(R"({"amount":"0.0015","currency":"usd","recipient":"0xabc"})")
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    // Every part of the challenge is said: realm, amount, currency, method and intent.
    QTest::newRow("well-formed")
        << (QByteArray(R"(Payment id="ch_1", realm="xquik.com", method="tempo", )"
                       R"(intent="charge", request=")") +
            request + "\"")
        << QStringList{QStringLiteral("xquik.com"), QStringLiteral("0.0015 USD"),
                       QStringLiteral("\"tempo\""), QStringLiteral("(charge)"),
                       QStringLiteral("does not make payments")}
        << QStringList{QStringLiteral("0xabc")};
    // A challenge that cannot be read is not guessed at: the plain credits sentence instead.
    QTest::newRow("garbage") << QByteArray("Payment ,,,===\"")
                             << QStringList{QStringLiteral("Not enough credits")}
                             << QStringList{QStringLiteral("payment of")};
    QTest::newRow("bad base64")
        << QByteArray(R"(Payment id="1", realm="r", method="m", intent="charge", request="@@@")")
        << QStringList{QStringLiteral("Not enough credits")}
        << QStringList{QStringLiteral("payment of")};
    QTest::newRow("other scheme") << QByteArray(R"(Bearer realm="xquik.com")")
                                  << QStringList{QStringLiteral("Not enough credits")}
                                  << QStringList{QStringLiteral("payment of")};
}

void tst_CreditStatus::paymentChallengeHeaders()
{
    QFETCH(QByteArray, header);
    QFETCH(QStringList, words);
    QFETCH(QStringList, absent);
    // The 402 as the core builds it from an answer, reported on the connection as every failed
    // call is; the sandbox only ever sends the well-formed header.
    auto xquik = connect(QStringLiteral("xquik"), xquikKey);
    m_status->setConnection(xquik->http.get(), nullptr);
    ErrorParser::Answer answer;
    answer.status = 402;
    answer.body = R"({"error":"payment_required"})";
    answer.contentType = "application/json";
    answer.wwwAuthenticateHeader = header;
    Q_EMIT xquik->http->requestFailed(ErrorParser::parse(answer));
    const QString sentence = m_status->paymentProblem();
    for (const QString &word : std::as_const(words))
        QVERIFY2(sentence.contains(word), qPrintable(sentence));
    for (const QString &word : std::as_const(absent))
        QVERIFY2(!sentence.contains(word), qPrintable(sentence));
}

void tst_CreditStatus::rateLimitHeaders()
{
    m_sandbox.control(QStringLiteral("rate-limit"), {{"limit", 7}, {"windowSeconds", 600}});
    auto xai = connect(QStringLiteral("xaicreator"), xaiDemoKey);
    m_status->setConnection(xai->http.get(), xai->api.get());
    QTRY_COMPARE(m_status->state(), AccountStatus::State::Online);
    QCOMPARE(m_status->rateLimit().limit, 7);
    QCOMPARE(m_status->rateLimit().remaining, 6);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_status->rateLimit().resetsAt > now.addSecs(590));
    QVERIFY(m_status->rateLimit().resetsAt <= now.addSecs(601));
    m_status->refresh();
    QTRY_COMPARE(m_status->rateLimit().remaining, 5);
}

void tst_CreditStatus::retryCountdownOnRateLimit()
{
    // Three requests per three-second window: the fourth is refused (403 RATE_LIMITED) until
    // the window resets, soon enough for the core to wait and send it again by itself.
    m_sandbox.control(QStringLiteral("rate-limit"), {{"limit", 3}, {"windowSeconds", 3}});
    auto xai = connect(QStringLiteral("xaicreator"), xaiDemoKey);
    m_status->setConnection(xai->http.get(), xai->api.get());
    QTRY_COMPARE(m_status->state(), AccountStatus::State::Online); // 1
    RetryCountdown *retries = m_status->retries();
    QCOMPARE(retries->state(), RetryCountdown::State::Idle);
    QSignalSpy changed(retries, &RetryCountdown::changed);

    int answered = 0;
    bool allOk = true;
    for (int i = 0; i < 3; ++i) // 2, 3, then refused
        xai->api->drafts({}, this, [&](const Result<DraftList> &result) {
            ++answered;
            allOk = allOk && result.ok();
        });
    QTRY_COMPARE(retries->state(), RetryCountdown::State::Retrying);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int left = retries->secondsLeftAt(now);
    // Until the window's end, which X-RateLimit-Reset gives in whole seconds, rounded up.
    QVERIFY2(left >= 1 && left <= 4, qPrintable(QString::number(left)));
    QVERIFY(retries->textAt(now).startsWith(QLatin1String("Sending again in ")));
    QVERIFY(retries->reason().contains(QLatin1String("Too many requests")));
    // (The answers arrive in any order, so the remaining count is not checked here.)
    // The countdown runs down as time passes.
    QVERIFY(retries->secondsLeftAt(now.addSecs(1)) < left);
    QCOMPARE(retries->secondsLeftAt(now.addSecs(10)), 0);

    QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 10000);
    QVERIFY(allOk);
    QCOMPARE(retries->state(), RetryCountdown::State::Idle);
    QVERIFY(retries->textAt(QDateTime::currentDateTimeUtc()).isEmpty());
    QVERIFY(changed.size() >= 2);
}

void tst_CreditStatus::waitCountdownWhenNotRetried()
{
    // A window far longer than the core waits by itself: the rate limit reaches the person, with
    // the time to try again.
    m_sandbox.control(QStringLiteral("rate-limit"), {{"limit", 1}, {"windowSeconds", 200}});
    auto xai = connect(QStringLiteral("xaicreator"), xaiDemoKey);
    m_status->setConnection(xai->http.get(), xai->api.get());
    QTRY_COMPARE(m_status->state(), AccountStatus::State::Online);
    std::optional<ApiError> error;
    xai->api->drafts({}, this, [&error](const Result<DraftList> &result) {
        if (!result)
            error = result.error();
    });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->httpStatus, 403);
    QCOMPARE(error->code, QStringLiteral("RATE_LIMITED"));
    RetryCountdown *retries = m_status->retries();
    QCOMPARE(retries->state(), RetryCountdown::State::Waiting);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(retries->secondsLeftAt(now) > 150);
    QVERIFY2(retries->textAt(now).startsWith(QLatin1String("Rate limited: you can try again in ")),
             qPrintable(retries->textAt(now)));
    QVERIFY(retries->textAt(now).endsWith(QLatin1String(" min.")));
    QVERIFY(retries->textAt(retries->retryAt().addSecs(-30)).endsWith(QLatin1String(" s.")));
    QCOMPARE(retries->stateAt(retries->retryAt().addSecs(1)), RetryCountdown::State::Idle);

    // Another connection starts clean.
    m_status->setConnection(nullptr, nullptr);
    QCOMPARE(retries->state(), RetryCountdown::State::Idle);
}

void tst_CreditStatus::thresholdCrossedBySpending()
{
    auto xai = connect(QStringLiteral("xaicreator"), xaiDemoKey);
    m_status->threshold()->setThreshold(50);
    QSignalSpy crossed(m_status->threshold(), &CreditThreshold::crossedBelow);
    m_status->setConnection(xai->http.get(), xai->api.get());
    QTRY_COMPARE(m_status->balance(), 500);
    QCOMPARE(crossed.size(), 0);

    m_sandbox.control(QStringLiteral("expire-credits"),
                      {{"email", demoEmail.toStdString()}, {"balance", 55}});
    m_status->refresh();
    QTRY_COMPARE(m_status->balance(), 55);
    QCOMPARE(crossed.size(), 0);

    SocialPostRequest post;
    post.accountUuid = QStringLiteral("acc-personal-mastodon");
    post.texts = {QStringLiteral("This one takes the balance under the warning level")};
    xai->api->publishToMastodon(post, this, [](const Result<PlatformPostResult> &) {});
    QTRY_COMPARE(crossed.size(), 1);
    QCOMPARE(crossed.at(0).at(1).toLongLong(), 45);
    QCOMPARE(crossed.at(0).at(2).toLongLong(), 50);
    QCOMPARE(crossed.at(0).at(0).toString(), m_status->connectionKey());
    QVERIFY(m_status->isBelowThreshold());

    m_status->refresh(); // still below: no second warning
    QTRY_VERIFY(!m_status->isLoading());
    QCOMPARE(crossed.size(), 1);

    // Moving the level: under the balance clears the warning, over it warns again at once.
    m_status->threshold()->setThreshold(100);
    QCOMPARE(crossed.size(), 1);
    m_status->threshold()->setThreshold(40);
    QVERIFY(!m_status->isBelowThreshold());
    m_status->threshold()->setThreshold(60);
    QCOMPARE(crossed.size(), 2);
}

// Seen in the app: with the server gone, the banner said "Offline" while the status bar still
// said "Online" until the next balance refresh. A request that got no answer says otherwise.
void tst_CreditStatus::unreachableIsNotOnline_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("dropped connections") << QStringLiteral("dropRate");
}

void tst_CreditStatus::unreachableIsNotOnline()
{
    QFETCH(QString, fault);
    auto xai = connect(QStringLiteral("xaicreator"), xaiDemoKey);
    m_status->setConnection(xai->http.get(), xai->api.get());
    QTRY_COMPARE(m_status->state(), AccountStatus::State::Online);
    m_sandbox.control(QStringLiteral("faults"), {{fault.toStdString(), 1.0}});
    std::optional<ApiError> error;
    xai->api->drafts({}, this, [&error](const Result<DraftList> &result) {
        if (!result)
            error = result.error();
    });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 30'000);
    QCOMPARE(error->kind, ApiError::Kind::Network);
    QCOMPARE(m_status->state(), AccountStatus::State::Error);
    QCOMPARE(m_status->lastError(), error->userMessage());

    // Back: the next answer puts it online again.
    m_sandbox.control(QStringLiteral("faults"), {{fault.toStdString(), 0.0}});
    m_status->refresh();
    QTRY_COMPARE(m_status->state(), AccountStatus::State::Online);
    QVERIFY(m_status->lastError().isEmpty());
}

QTEST_GUILESS_MAIN(tst_CreditStatus)
#include "tst_creditstatus.moc"
