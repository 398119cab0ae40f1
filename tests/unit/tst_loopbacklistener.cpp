// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/CallbackRequest.h"
#include "auth/LoopbackListener.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace CreatorDesk;
using namespace std::chrono_literals;

namespace {

// Plays a browser (or an attacker) with a raw socket; returns the status code answered, 0 if
// the connection closed without an answer, -1 if nobody listened. The listener lives in this
// thread, so the waits spin the event loop instead of blocking.
int sendRaw(quint16 port, const QByteArray &request, QByteArray *body = nullptr)
{
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor(
            [&] {
                return socket.state() == QAbstractSocket::ConnectedState ||
                       socket.state() == QAbstractSocket::UnconnectedState;
            },
            3000) ||
        socket.state() != QAbstractSocket::ConnectedState)
        return -1;
    socket.write(request);
    (void)QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                          5000);
    answer += socket.readAll();
    if (body)
        *body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 ? statusLine[1].toInt() : 0;
}

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n";
}

} // namespace

class TestLoopbackListener final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void bindsLoopbackOnly();
    void requests_data();
    void requests();
    void validCallbackClosesListener();
    void wrongStateKeepsWaiting();
    void deniedInBrowser();
    void slowClientIsCutOff();
    void overallTimeout();
    void cancel();
};

void TestLoopbackListener::classify_data()
{
    QTest::addColumn<QByteArray>("requestLine");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("code");

    using V = CallbackRequest::Verdict;
    QTest::newRow("accepted") << QByteArray("GET /cb?code=c%2B1&state=s HTTP/1.1")
                              << int(V::Accepted) << "c+1";
    QTest::newRow("extra params kept")
        << QByteArray("GET /cb?provider=twitter&state=s&code=x HTTP/1.0") << int(V::Accepted)
        << "x";
    QTest::newRow("denied") << QByteArray("GET /cb?error=access_denied&state=s HTTP/1.1")
                            << int(V::Denied) << "";
    QTest::newRow("denied needs state")
        << QByteArray("GET /cb?error=access_denied HTTP/1.1") << int(V::WrongState) << "";
    QTest::newRow("no code") << QByteArray("GET /cb?state=s HTTP/1.1") << int(V::MissingCode) << "";
    QTest::newRow("forged state") << QByteArray("GET /cb?code=c&state=t HTTP/1.1")
                                  << int(V::WrongState) << "";
    QTest::newRow("state twice") << QByteArray("GET /cb?code=c&state=t&state=s HTTP/1.1")
                                 << int(V::WrongState) << "";
    QTest::newRow("other path") << QByteArray("GET /cb/x?code=c&state=s HTTP/1.1")
                                << int(V::OtherPath) << "";
    QTest::newRow("absolute form")
        << QByteArray("GET http://127.0.0.1/cb?code=c&state=s HTTP/1.1") << int(V::Malformed) << "";
    QTest::newRow("head") << QByteArray("HEAD /cb?code=c&state=s HTTP/1.1")
                          << int(V::MethodNotAllowed) << "";
    QTest::newRow("http2") << QByteArray("GET /cb?code=c&state=s HTTP/2") << int(V::Malformed)
                           << "";
    QTest::newRow("empty") << QByteArray() << int(V::Malformed) << "";
    QTest::newRow("binary") << QByteArray("\x00\xff /cb HTTP/1.1", 16) << int(V::MethodNotAllowed)
                            << "";
}

void TestLoopbackListener::classify()
{
    QFETCH(QByteArray, requestLine);
    QFETCH(int, verdict);
    QFETCH(QString, code);
    const CallbackRequest request =
        CallbackRequest::classify(requestLine, QStringLiteral("/cb"), QStringLiteral("s"));
    QCOMPARE(int(request.verdict), verdict);
    QCOMPARE(request.query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), code);
}

void TestLoopbackListener::bindsLoopbackOnly()
{
    LoopbackListener listener;
    QVERIFY(listener.listen());
    const QUrl redirect = listener.redirectUri(QUrlQuery(QStringLiteral("provider=twitter")));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(redirect.scheme(), QStringLiteral("http"));
    QCOMPARE(redirect.path(), QStringLiteral("/oauth-callback"));
    QCOMPARE(redirect.query(), QStringLiteral("provider=twitter"));
    QVERIFY(redirect.port() > 0);
}

void TestLoopbackListener::requests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    QTest::newRow("other path") << get("/favicon.ico") << 404;
    QTest::newRow("path prefix trick") << get("/oauth-callback-evil?code=c&state=expected") << 404;
    QTest::newRow("missing state") << get("/oauth-callback?code=c") << 400;
    QTest::newRow("wrong state") << get("/oauth-callback?code=c&state=forged") << 400;
    QTest::newRow("empty code") << get("/oauth-callback?code=&state=expected") << 400;
    QTest::newRow("post")
        << QByteArray(
               "POST /oauth-callback?code=c&state=expected HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
        << 405;
    QTest::newRow("garbage") << QByteArray("\x01\x02\x03 nonsense\r\n\r\n") << 400;
    QTest::newRow("http 0.9 style") << QByteArray("GET /oauth-callback\r\n\r\n") << 400;
    QTest::newRow("oversized") << QByteArray(
                                      "GET /oauth-callback?pad=" +
                                      QByteArray(LoopbackListener::MaxRequestBytes + 10, 'a'))
                               << 431;
}

void TestLoopbackListener::requests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    LoopbackListener listener;
    QVERIFY(listener.listen());
    listener.expectState(QStringLiteral("expected"));
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QSignalSpy finished(&listener, &LoopbackListener::finished);

    QCOMPARE(sendRaw(listener.redirectUri().port(), request), status);
    QCOMPARE(received.count(), 0);
    QCOMPARE(finished.count(), 0);
    QVERIFY(listener.isListening());
}

void TestLoopbackListener::validCallbackClosesListener()
{
    LoopbackListener listener;
    QVERIFY(listener.listen());
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QSignalSpy finished(&listener, &LoopbackListener::finished);
    const quint16 port = listener.redirectUri().port();

    // Before the state is known, even a plausible callback is refused.
    QCOMPARE(sendRaw(port, get("/oauth-callback?code=c1&state=s%2B1")), 400);
    listener.expectState(QStringLiteral("s+1"));

    QByteArray page;
    QCOMPARE(sendRaw(port, get("/oauth-callback?provider=twitter&code=c%2F1&state=s%2B1"), &page),
             200);
    QVERIFY(page.contains("close this window"));
    QCOMPARE(received.count(), 1);
    const auto query = received.first().first().value<QUrlQuery>();
    QCOMPARE(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
             QStringLiteral("c/1"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<LoopbackListener::Outcome>(),
             LoopbackListener::Outcome::Received);
    QVERIFY(!listener.isListening());

    // A replayed callback finds nobody listening.
    QCOMPARE(sendRaw(port, get("/oauth-callback?code=c%2F1&state=s%2B1")), -1);
    QCOMPARE(received.count(), 1);
}

void TestLoopbackListener::wrongStateKeepsWaiting()
{
    LoopbackListener listener;
    QVERIFY(listener.listen());
    listener.expectState(QStringLiteral("right"));
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QSignalSpy rejected(&listener, &LoopbackListener::rejected);
    const quint16 port = listener.redirectUri().port();
    QCOMPARE(sendRaw(port, get("/oauth-callback?code=x&state=wrong")), 400);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(sendRaw(port, get("/oauth-callback?code=y&state=right")), 200);
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.first().first().value<QUrlQuery>().queryItemValue(QStringLiteral("code")),
             QStringLiteral("y"));
}

void TestLoopbackListener::deniedInBrowser()
{
    LoopbackListener listener;
    QVERIFY(listener.listen());
    listener.expectState(QStringLiteral("s"));
    QSignalSpy finished(&listener, &LoopbackListener::finished);
    QSignalSpy received(&listener, &LoopbackListener::callbackReceived);
    QCOMPARE(
        sendRaw(listener.redirectUri().port(), get("/oauth-callback?error=access_denied&state=s")),
        200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<LoopbackListener::Outcome>(),
             LoopbackListener::Outcome::Denied);
    QCOMPARE(received.count(), 0);
}

void TestLoopbackListener::slowClientIsCutOff()
{
    LoopbackListener listener;
    listener.setRequestTimeout(200ms);
    QVERIFY(listener.listen());
    listener.expectState(QStringLiteral("s"));
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, listener.redirectUri().port());
    QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QAbstractSocket::ConnectedState, 3000);
    slow.write("GET /oauth-callback?code=c&st");
    QTRY_COMPARE_WITH_TIMEOUT(slow.state(), QAbstractSocket::UnconnectedState, 3000);
    // Meanwhile and afterwards, a real browser still gets through.
    QCOMPARE(sendRaw(listener.redirectUri().port(), get("/oauth-callback?code=c&state=s")), 200);
}

void TestLoopbackListener::overallTimeout()
{
    LoopbackListener listener;
    listener.setTimeout(300ms);
    QSignalSpy finished(&listener, &LoopbackListener::finished);
    QVERIFY(listener.listen());
    QVERIFY(finished.wait(3000));
    QCOMPARE(finished.first().first().value<LoopbackListener::Outcome>(),
             LoopbackListener::Outcome::TimedOut);
    QVERIFY(!listener.isListening());
}

void TestLoopbackListener::cancel()
{
    LoopbackListener listener;
    QSignalSpy finished(&listener, &LoopbackListener::finished);
    QVERIFY(listener.listen());
    const quint16 port = listener.redirectUri().port();
    listener.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<LoopbackListener::Outcome>(),
             LoopbackListener::Outcome::Cancelled);
    QCOMPARE(sendRaw(port, get("/oauth-callback?code=c&state=s")), -1);
    listener.cancel(); // twice is harmless
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"
