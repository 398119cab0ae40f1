// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ErrorParser.h"
#include "api/PaymentChallenge.h"

#include <QTest>

using namespace CreatorDesk;

namespace {
QByteArray encodedRequest(const QByteArray &json)
{
    return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

class TestPaymentChallenge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void sentence();
};

void TestPaymentChallenge::parse_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("amount");

    const QByteArray request =
        encodedRequest(R"({"amount":"0.0015","currency":"usd","recipient":"0xabc"})");
    QTest::newRow("canonical")
        << QByteArray(
               R"(Payment id="ch_1", realm="xquik.com", method="tempo", intent="charge", request=")" +
               request + "\"")
        << true << "0.0015";
    QTest::newRow("case and tokens")
        << QByteArray("payment ID=ch_1,REALM=xquik.com,method=tempo,intent=session,request=" +
                      request)
        << true << "0.0015";
    QTest::newRow("escaped quote")
        << QByteArray(
               R"(Payment id="a\"b", realm="xquik.com", method="tempo", intent="charge", request=")" +
               request + "\"")
        << true << "0.0015";
    QTest::newRow("numeric amount")
        << QByteArray(R"(Payment id="1", realm="r", method="m", intent="i", request=")" +
                      encodedRequest(R"({"amount":2,"currency":"usd"})") + "\"")
        << true << "2";
    QTest::newRow("other scheme") << QByteArray(R"(Bearer realm="xquik.com")") << false << "";
    QTest::newRow("scheme only") << QByteArray("Payment") << false << "";
    QTest::newRow("missing intent")
        << QByteArray(R"(Payment id="1", realm="r", method="m", request=")" + request + "\"")
        << false << "";
    QTest::newRow("unterminated") << QByteArray(R"(Payment id="1, realm="r")") << false << "";
    QTest::newRow("duplicate param")
        << QByteArray(R"(Payment id="1", id="2", realm="r", method="m", intent="i", request=")" +
                      request + "\"")
        << false << "";
    QTest::newRow("bad base64")
        << QByteArray(R"(Payment id="1", realm="r", method="m", intent="i", request="!!!")")
        << false << "";
    QTest::newRow("request not json")
        << QByteArray(R"(Payment id="1", realm="r", method="m", intent="i", request=")" +
                      encodedRequest("hello") + "\"")
        << false << "";
    QTest::newRow("no amount")
        << QByteArray(R"(Payment id="1", realm="r", method="m", intent="i", request=")" +
                      encodedRequest(R"({"currency":"usd"})") + "\"")
        << false << "";
    QTest::newRow("garbage") << QByteArray("Payment ,,,===\"") << false << "";
    QTest::newRow("empty") << QByteArray() << false << "";
}

void TestPaymentChallenge::parse()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    QFETCH(QString, amount);
    const auto challenge = PaymentChallenge::parse(header);
    QCOMPARE(challenge.has_value(), valid);
    if (valid) {
        QCOMPARE(challenge->amount, amount);
        QVERIFY(!challenge->realm.isEmpty());
        QCOMPARE(challenge->currency, QStringLiteral("usd"));
    }
}

void TestPaymentChallenge::sentence()
{
    ErrorParser::Answer answer;
    answer.status = 402;
    answer.body = R"({"error":"payment_required","message":"Payment required"})";
    answer.wwwAuthenticateHeader =
        R"(Payment id="ch_1", realm="xquik.com", method="tempo", intent="charge", request=")" +
        encodedRequest(R"({"amount":"0.0015","currency":"usd","recipient":"0xabc"})") + "\"";
    const ApiError error = ErrorParser::parse(answer);
    QVERIFY(error.paymentChallenge);
    const QString sentence = error.userMessage();
    QVERIFY2(sentence.contains(QStringLiteral("0.0015 USD")), qPrintable(sentence));
    QVERIFY(sentence.contains(QStringLiteral("xquik.com")));
    QVERIFY(sentence.contains(QStringLiteral("does not make payments")));
}

QTEST_GUILESS_MAIN(TestPaymentChallenge)
#include "tst_paymentchallenge.moc"
