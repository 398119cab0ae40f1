// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ErrorParser.h"

#include <QLocale>
#include <QTest>

using namespace CreatorDesk;

class TestErrorParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void sentences_data();
    void sentences();
    void transient_data();
    void transient();
    void rateLimit_data();
    void rateLimit();
    void longWaitSaysWhen();
};

void TestErrorParser::parse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfterHeader");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("retryAfter");  // -1: none
    QTest::addColumn<qint64>("required"); // -1: none
    QTest::addColumn<qint64>("available");

    QTest::newRow("xai invalid key")
        << 401
        << QByteArray(
               R"({"success":false,"error":"INVALID_API_KEY","message":"API key is missing"})")
        << QByteArray() << "INVALID_API_KEY"
        << "API key is missing" << -1 << qint64(-1) << qint64(-1);
    QTest::newRow("xai credits with numbers")
        << 402
        << QByteArray(
               R"({"success":false,"error":"INSUFFICIENT_CREDITS","message":"m","creditsRequired":20,"creditsAvailable":5})")
        << QByteArray() << "INSUFFICIENT_CREDITS"
        << "m" << -1 << qint64(20) << qint64(5);
    QTest::newRow("xai rate limited header")
        << 429 << QByteArray(R"({"success":false,"error":"RATE_LIMITED","message":"slow down"})")
        << QByteArray("17") << "RATE_LIMITED"
        << "slow down" << 17 << qint64(-1) << qint64(-1);
    QTest::newRow("oqui 429")
        << 429 << QByteArray(R"({"error":"Rate limit exceeded","retry_after":60,"limit":60})")
        << QByteArray() << ""
        << "Rate limit exceeded" << 60 << qint64(-1) << qint64(-1);
    QTest::newRow("oqui 402")
        << 402
        << QByteArray(
               R"({"error":"Insufficient credits","credits_required":1,"credits_available":0})")
        << QByteArray() << ""
        << "Insufficient credits" << -1 << qint64(1) << qint64(0);
    QTest::newRow("xai 403 UNAUTHORIZED")
        << 403 << QByteArray(R"({"success":false,"error":"UNAUTHORIZED","message":"Not yours"})")
        << QByteArray() << "UNAUTHORIZED"
        << "Not yours" << -1 << qint64(-1) << qint64(-1);
    QTest::newRow("oqui sentence in error")
        << 401 << QByteArray(R"({"error":"Unauthorized"})") << QByteArray() << ""
        << "Unauthorized" << -1 << qint64(-1) << qint64(-1);
    QTest::newRow("xquik 401")
        << 401 << QByteArray(R"({"error":"unauthorized","message":"Invalid or missing API key"})")
        << QByteArray() << "unauthorized"
        << "Invalid or missing API key" << -1 << qint64(-1) << qint64(-1);
    QTest::newRow("html page") << 502 << QByteArray("<html><body>Bad gateway</body></html>")
                               << QByteArray() << ""
                               << "HTTP 502" << -1 << qint64(-1) << qint64(-1);
    QTest::newRow("plain text") << 500 << QByteArray("  internal\n error ") << QByteArray() << ""
                                << "internal error" << -1 << qint64(-1) << qint64(-1);
    QTest::newRow("empty") << 404 << QByteArray() << QByteArray() << ""
                           << "" << -1 << qint64(-1) << qint64(-1);
    QTest::newRow("wrong types") << 400
                                 << QByteArray(R"({"error":5,"message":["x"],"retry_after":"x"})")
                                 << QByteArray() << ""
                                 << "" << -1 << qint64(-1) << qint64(-1);
    QTest::newRow("huge retry clamped")
        << 429 << QByteArray(R"({"retry_after":99999999})") << QByteArray() << ""
        << "" << 86400 << qint64(-1) << qint64(-1);
    // Found by fuzz_errorparser: a float beyond 64 bits was converted to an integer (undefined
    // behaviour). Such a number is no count the server meant, so it counts as absent.
    QTest::newRow("floats beyond 64 bits")
        << 402
        << QByteArray(R"({"retry_after":1e300,"creditsRequired":9.3e18,"creditsAvailable":-1e19})")
        << QByteArray() << ""
        << "" << -1 << qint64(-1) << qint64(-1);
    QTest::newRow("fractional retry")
        << 429 << QByteArray(R"({"retry_after":2.5})") << QByteArray() << ""
        << "" << 2 << qint64(-1) << qint64(-1);
    QTest::newRow("negative retry header") << 429 << QByteArray("{}") << QByteArray("-5") << ""
                                           << "" << -1 << qint64(-1) << qint64(-1);
}

void TestErrorParser::parse()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfterHeader);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(int, retryAfter);
    QFETCH(qint64, required);
    QFETCH(qint64, available);

    ErrorParser::Answer answer;
    answer.status = status;
    answer.body = body;
    answer.retryAfterHeader = retryAfterHeader;
    const ApiError error = ErrorParser::parse(answer);
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.retryAfterSeconds.value_or(-1), retryAfter);
    QCOMPARE(error.creditsRequired.value_or(-1), required);
    QCOMPARE(error.creditsAvailable.value_or(-1), available);
    QVERIFY(!error.userMessage().isEmpty());
}

void TestErrorParser::sentences_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected"); // a phrase the sentence must contain

    // Every code of seed 003's table, and the bare statuses.
    QTest::newRow("INVALID_API_KEY") << 401 << "INVALID_API_KEY"
                                     << "API key was refused";
    QTest::newRow("USER_NOT_FOUND") << 404 << "USER_NOT_FOUND"
                                    << "No account is registered";
    QTest::newRow("INVALID_CREDENTIALS") << 401 << "INVALID_CREDENTIALS"
                                         << "password is wrong";
    QTest::newRow("INSUFFICIENT_CREDITS") << 402 << "INSUFFICIENT_CREDITS"
                                          << "Not enough credits";
    QTest::newRow("UNAUTHORIZED") << 403 << "UNAUTHORIZED"
                                  << "not allowed";
    QTest::newRow("NOT_FOUND") << 404 << "NOT_FOUND"
                               << "no longer has this item";
    QTest::newRow("RATE_LIMITED") << 429 << "RATE_LIMITED"
                                  << "Too many requests";
    QTest::newRow("RATE_LIMITED, documented 403") << 403 << "RATE_LIMITED"
                                                  << "Too many requests";
    QTest::newRow("INVALID_INPUT") << 400 << "INVALID_INPUT"
                                   << "refused the request as invalid";
    QTest::newRow("TOKEN_EXPIRED") << 401 << "TOKEN_EXPIRED"
                                   << "Sign in to it again";
    QTest::newRow("OAUTH_NOT_CONFIGURED") << 500 << "OAUTH_NOT_CONFIGURED"
                                          << "not set up on this server";
    QTest::newRow("400") << 400 << ""
                         << "refused the request as invalid";
    QTest::newRow("401") << 401 << ""
                         << "API key was refused";
    QTest::newRow("402") << 402 << ""
                         << "Not enough credits";
    QTest::newRow("403") << 403 << ""
                         << "limit of your plan";
    QTest::newRow("404") << 404 << ""
                         << "no longer has this item";
    QTest::newRow("413") << 413 << ""
                         << "too large";
    QTest::newRow("500") << 500 << ""
                         << "internal problem";
    QTest::newRow("503") << 503 << ""
                         << "internal problem (HTTP 503)";
}

void TestErrorParser::sentences()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    ApiError error;
    error.httpStatus = status;
    error.code = code;
    error.message = QStringLiteral("server text");
    QVERIFY2(error.userMessage().contains(expected), qPrintable(error.userMessage()));
}

void TestErrorParser::transient_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<bool>("transient");

    const int http = int(ApiError::Kind::Http);
    const int network = int(ApiError::Kind::Network);
    QTest::newRow("429") << http << 429 << 0 << true;
    QTest::newRow("500") << http << 500 << 0 << true;
    QTest::newRow("503") << http << 503 << 0 << true;
    QTest::newRow("400") << http << 400 << 0 << false;
    QTest::newRow("401") << http << 401 << 0 << false;
    QTest::newRow("402") << http << 402 << 0 << false;
    QTest::newRow("403") << http << 403 << 0 << false;
    QTest::newRow("dropped") << network << 0 << int(QNetworkReply::RemoteHostClosedError) << true;
    QTest::newRow("tls never") << network << 0 << int(QNetworkReply::SslHandshakeFailedError)
                               << false;
    QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 0
                             << int(QNetworkReply::OperationCanceledError) << true;
    QTest::newRow("unknown outcome") << int(ApiError::Kind::UnknownOutcome) << 0 << 0 << false;
}

void TestErrorParser::transient()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, networkError);
    QFETCH(bool, transient);
    ApiError error;
    error.kind = ApiError::Kind(kind);
    error.httpStatus = status;
    error.networkError = QNetworkReply::NetworkError(networkError);
    QCOMPARE(error.isTransient(), transient);
}

void TestErrorParser::rateLimit_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfterHeader");
    QTest::addColumn<QByteArray>("dateHeader");
    QTest::addColumn<int>("remaining"); // -1: no X-RateLimit-* headers
    QTest::addColumn<bool>("rateLimit");
    QTest::addColumn<int>("retryAfter"); // -1: none

    // Received ten minutes before 003's example reset, 1705272000 (2024-01-14 22:40:00 UTC).
    const QByteArray limited = R"({"success":false,"error":"RATE_LIMITED","message":"Slow"})";
    const QByteArray unauthorized = R"({"success":false,"error":"UNAUTHORIZED","message":"No"})";
    const QByteArray none;
    QTest::newRow("documented 403") << 403 << limited << none << none << 0 << true << 600;
    QTest::newRow("403 RATE_LIMITED, no headers")
        << 403 << limited << none << none << -1 << true << -1;
    QTest::newRow("403, window spent, no code")
        << 403 << QByteArray(R"({"message":"limit exceeded"})") << none << none << 0 << true << 600;
    QTest::newRow("403, window spent, not JSON")
        << 403 << QByteArray("Forbidden") << none << none << 0 << true << 600;
    QTest::newRow("403 UNAUTHORIZED, window spent")
        << 403 << unauthorized << none << none << 0 << false << -1;
    QTest::newRow("403 UNAUTHORIZED") << 403 << unauthorized << none << none << 950 << false << -1;
    QTest::newRow("403, requests left")
        << 403 << QByteArray("{}") << none << none << 5 << false << -1;
    QTest::newRow("403, no headers")
        << 403 << QByteArray("{}") << none << none << -1 << false << -1;
    QTest::newRow("403, reset on the server's clock")
        << 403 << limited << none << QByteArray("Sun, 14 Jan 2024 22:20:00 GMT") << 0 << true
        << 1200;
    QTest::newRow("403, Retry-After shorter than the reset")
        << 403 << limited << QByteArray("5") << none << 0 << true << 600;
    QTest::newRow("429, seconds") << 429 << none << QByteArray("17") << none << -1 << true << 17;
    QTest::newRow("429, IMF-fixdate")
        << 429 << none << QByteArray("Sun, 14 Jan 2024 22:31:00 GMT") << none << -1 << true << 60;
    QTest::newRow("429, RFC 850 date")
        << 429 << none << QByteArray("Sunday, 14-Jan-24 22:31:00 GMT") << none << -1 << true << 60;
    QTest::newRow("429, asctime date")
        << 429 << none << QByteArray("Sun Jan 14 22:31:00 2024") << none << -1 << true << 60;
    QTest::newRow("429, wrong day name")
        << 429 << none << QByteArray("Mon, 14 Jan 2024 22:31:00 GMT") << none << -1 << true << 60;
    QTest::newRow("429, date on the server's clock")
        << 429 << none << QByteArray("Sun, 14 Jan 2024 22:21:00 GMT")
        << QByteArray("Sun, 14 Jan 2024 22:20:00 GMT") << -1 << true << 60;
    QTest::newRow("429, date passed")
        << 429 << none << QByteArray("Sun, 14 Jan 2024 22:00:00 GMT") << none << -1 << true << 0;
    QTest::newRow("429, garbage") << 429 << none << QByteArray("soon") << none << -1 << true << -1;
    QTest::newRow("500 with a spent window") << 500 << none << none << none << 0 << false << -1;
}

void TestErrorParser::rateLimit()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfterHeader);
    QFETCH(QByteArray, dateHeader);
    QFETCH(int, remaining);
    QFETCH(bool, rateLimit);
    QFETCH(int, retryAfter);

    ErrorParser::Answer answer;
    answer.status = status;
    answer.body = body;
    answer.retryAfterHeader = retryAfterHeader;
    answer.dateHeader = dateHeader;
    if (remaining >= 0)
        answer.rateLimit =
            RateLimitInfo::fromHeaders("1000", QByteArray::number(remaining), "1705272000");
    answer.receivedAt = QDateTime::fromSecsSinceEpoch(1705272000 - 600, Qt::UTC);
    const ApiError error = ErrorParser::parse(answer);
    QCOMPARE(error.isRateLimit(), rateLimit);
    QCOMPARE(error.isTransient(), rateLimit || status >= 500);
    QCOMPARE(error.retryAfterSeconds.value_or(-1), retryAfter);
    QCOMPARE(error.retryAt.isValid(), retryAfter >= 0);
    if (retryAfter >= 0)
        QCOMPARE(error.retryAt, answer.receivedAt.addSecs(retryAfter));
    QCOMPARE(error.userMessage().startsWith(QLatin1String("Too many requests")), rateLimit);
}

void TestErrorParser::longWaitSaysWhen()
{
    // An hour's wait is reported with the local time the limit resets, not only "in N minutes".
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ErrorParser::Answer answer;
    answer.status = 403;
    answer.body = R"({"success":false,"error":"RATE_LIMITED","message":"Slow down"})";
    answer.rateLimit =
        RateLimitInfo::fromHeaders("100", "0", QByteArray::number(now.toSecsSinceEpoch() + 3600));
    answer.receivedAt = now;
    const ApiError error = ErrorParser::parse(answer);
    const QString sentence = error.userMessage();
    QVERIFY2(sentence.contains(QLatin1String("resets at")), qPrintable(sentence));
    QVERIFY2(sentence.contains(
                 QLocale().toString(error.retryAt.toLocalTime().time(), QLocale::ShortFormat)),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(QLatin1String("in 60 minute")), qPrintable(sentence));
}

QTEST_GUILESS_MAIN(TestErrorParser)
#include "tst_errorparser.moc"
