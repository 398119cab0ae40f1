// SPDX-License-Identifier: GPL-3.0-or-later
// Answers no sandbox gives: endless bodies, JSON nested 100 000 deep, wrong field types, HTML
// error pages, redirects to other origins and broken TLS, from a hostile server on 127.0.0.1 to
// the real HttpClient/ApiClient.
#include "HostileServer.h"
#include "Wine.h"
#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "services/ServiceRegistry.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#ifdef Q_OS_WIN
#include <windows.h>

#include <psapi.h>
#else
#include <sys/resource.h>
#endif

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;
using namespace Qt::StringLiterals;

class TestHostileServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hugeBodyAborted_data();
    void hugeBodyAborted();
    void deeplyNestedJson_data();
    void deeplyNestedJson();
    void wrongFieldTypes_data();
    void wrongFieldTypes();
    void htmlErrorPage_data();
    void htmlErrorPage();
    void redirect_data();
    void redirect();
    void invalidTls_data();
    void invalidTls();
    void noIgnoredSslErrorsInSources();

private:
    struct Client
    {
        QNetworkAccessManager network;
        std::unique_ptr<HttpClient> http;
        std::unique_ptr<ApiClient> api;
    };
    std::unique_ptr<Client> clientFor(const QString &origin);
    Result<CreditBalance> credits(Client &client, int timeoutMs = 60'000);

    ServiceRegistry m_registry;
    QTemporaryDir m_certDir;
};

namespace {
const QString testKey = QStringLiteral("sk-hostile-7d1e0c9b5a3f4e2d8c6b1a0f9e8d7c6b");

long peakRssKb()
{
#ifdef Q_OS_WIN
    PROCESS_MEMORY_COUNTERS counters{};
    GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters);
    return long(counters.PeakWorkingSetSize / 1024);
#else
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#endif
}

void answerJson(HostileServer &server, int status, const QByteArray &contentType,
                const QByteArray &body)
{
    server.setResponder([=](QTcpSocket *socket, const HostileServer::Request &) {
        HostileServer::respond(socket, status, contentType, body);
    });
}
} // namespace

void TestHostileServer::initTestCase()
{
    m_registry = ServiceRegistry::load();
    QVERIFY(m_registry.find(QStringLiteral("xaicreator")));
    QVERIFY(m_certDir.isValid());
}

std::unique_ptr<TestHostileServer::Client> TestHostileServer::clientFor(const QString &origin)
{
    auto client = std::make_unique<Client>();
    client->http = std::make_unique<HttpClient>(
        &client->network, *m_registry.find(QStringLiteral("xaicreator")), QUrl(origin + u"/v1"));
    client->http->setApiKey(testKey);
    RetryPolicy fast;
    fast.initialDelayMs = 20;
    client->http->setRetryPolicy(fast);
    client->api = std::make_unique<ApiClient>(client->http.get());
    return client;
}

Result<CreditBalance> TestHostileServer::credits(Client &client, int timeoutMs)
{
    std::optional<Result<CreditBalance>> result;
    QObject context;
    client.api->credits(&context, [&result](const Result<CreditBalance> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return Result<CreditBalance>(ApiError::policy(QStringLiteral("test time-out")));
    return *result;
}

void TestHostileServer::hugeBodyAborted_data()
{
    QTest::addColumn<bool>("declareLength");
    QTest::newRow("1 GB with Content-Length") << true;
    QTest::newRow("1 GB chunked, no length") << false;
}

void TestHostileServer::hugeBodyAborted()
{
    QFETCH(bool, declareLength);
    constexpr qint64 OneGb = qint64(1) << 30;
    HostileServer server;
    QVERIFY(server.start());
    server.setResponder([&](QTcpSocket *socket, const HostileServer::Request &) {
        server.streamBody(socket, OneGb, declareLength);
    });
    auto client = clientFor(server.origin());
    const long rssBefore = peakRssKb();
    const auto result = credits(*client);
    const long growthMb = (peakRssKb() - rssBefore) / 1024;
    qInfo("streamed %lld MB before the client stopped; peak memory grew by %ld MB",
          server.bytesStreamed() >> 20, growthMb);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::InvalidResponse);
    QVERIFY2(result.error().userMessage().contains(QLatin1String("larger than 32 MB")),
             qPrintable(result.error().userMessage()));
    QCOMPARE(server.requests().size(), 1); // not asked again: the next answer would be as big
    if (runningUnderWine())
        QSKIP("Wine's sockets take every write at once (bytesToWrite stays 0), so the server in "
              "this process queues the whole body in memory whatever the client does: neither "
              "its count nor this process's memory tells when the client stopped");
    QVERIFY(server.bytesStreamed() < OneGb / 4);
    QVERIFY2(growthMb < 256, qPrintable(QString::number(growthMb)));
}

void TestHostileServer::deeplyNestedJson_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    const QByteArray open(100'000, '[');
    const QByteArray close(100'000, ']');
    QTest::newRow("100 000 [ unclosed") << 200 << open;
    QTest::newRow("100 000 [ closed") << 200 << open + close;
    QTest::newRow("in a documented field") << 200 << "{\"balance\":" + open + close + "}";
    QTest::newRow("in an error answer") << 400 << "{\"error\":" + open + close + "}";
    QTest::newRow("objects 100 000 deep")
        << 200 << QByteArray("{\"a\":").repeated(100'000) + "1" + QByteArray(100'000, '}');
}

void TestHostileServer::deeplyNestedJson()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    HostileServer server;
    QVERIFY(server.start());
    answerJson(server, status, "application/json", body);
    auto client = clientFor(server.origin());
    const auto result = credits(*client);
    QVERIFY(!result.ok());
    const QString sentence = result.error().userMessage();
    QVERIFY2(!sentence.isEmpty() && sentence.size() < 1000, qPrintable(sentence.left(1000)));
    QVERIFY(!sentence.contains(QLatin1String("[[[")));
}

void TestHostileServer::wrongFieldTypes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("balance a string") << QByteArray(R"({"balance":"lots"})") << u"balance"_s;
    QTest::newRow("balance null") << QByteArray(R"({"balance":null})") << u"balance"_s;
    QTest::newRow("balance true") << QByteArray(R"({"balance":true})") << u"balance"_s;
    QTest::newRow("balance an object") << QByteArray(R"({"balance":{}})") << u"balance"_s;
    QTest::newRow("balance missing") << QByteArray(R"({"credits":5})") << u"balance"_s;
    QTest::newRow("expiresAt a number")
        << QByteArray(R"({"balance":5,"expiresAt":42})") << u"expiresAt"_s;
    QTest::newRow("an array, not an object") << QByteArray(R"([{"balance":5}])") << u"array"_s;
}

void TestHostileServer::wrongFieldTypes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    HostileServer server;
    QVERIFY(server.start());
    answerJson(server, 200, "application/json", body);
    auto client = clientFor(server.origin());
    const auto result = credits(*client);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::InvalidResponse);
    const QString sentence = result.error().userMessage();
    QVERIFY2(sentence.contains(QLatin1String("could not be understood")) &&
                 sentence.contains(field),
             qPrintable(sentence));
}

void TestHostileServer::htmlErrorPage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("502 text/html") << 502 << QByteArray("text/html; charset=utf-8");
    QTest::newRow("200 text/html") << 200 << QByteArray("text/html");
    QTest::newRow("500 HTML without a type") << 500 << QByteArray();
    QTest::newRow("403 text/html") << 403 << QByteArray("text/html");
}

void TestHostileServer::htmlErrorPage()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    HostileServer server;
    QVERIFY(server.start());
    answerJson(server, status, contentType,
               "<!DOCTYPE html><html><head><title>Bad Gateway</title></head><body><h1>" +
                   QByteArray::number(status) + " Bad Gateway</h1><p>nginx</p></body></html>");
    auto client = clientFor(server.origin());
    const auto result = credits(*client);
    QVERIFY(!result.ok());
    const QString sentence = result.error().userMessage();
    QVERIFY2(!sentence.contains(QLatin1Char('<')) && !sentence.contains(QLatin1String("nginx")),
             qPrintable(sentence));
    QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
    if (status != 200)
        QVERIFY2(sentence.contains(QString::number(status)), qPrintable(sentence));
}

void TestHostileServer::redirect_data()
{
    QTest::addColumn<bool>("sameOrigin");
    QTest::addColumn<int>("status");
    QTest::newRow("307 to another port") << false << 307;
    QTest::newRow("302 to another port") << false << 302;
    QTest::newRow("308 to localhost by name") << false << 308;
    QTest::newRow("307 same origin") << true << 307;
    QTest::newRow("308 same origin") << true << 308;
}

void TestHostileServer::redirect()
{
    QFETCH(bool, sameOrigin);
    QFETCH(int, status);
    const bool byName = QByteArray(QTest::currentDataTag()).contains("localhost");
    HostileServer first;
    HostileServer other;
    QVERIFY(first.start());
    QVERIFY(other.start());
    const QByteArray target = sameOrigin ? first.origin().toUtf8()
                              : byName
                                  ? "http://localhost:" + QByteArray::number(first.serverPort())
                                  : other.origin().toUtf8();
    first.setResponder([&](QTcpSocket *socket, const HostileServer::Request &request) {
        if (request.path.startsWith("/moved/"))
            HostileServer::respond(socket, 200, "application/json", R"({"balance":7})");
        else
            HostileServer::respond(socket, status, "text/plain", {},
                                   "Location: " + target + "/moved" + request.path + "\r\n");
    });
    answerJson(other, 200, "application/json", R"({"balance":7})");
    auto client = clientFor(first.origin());
    const QByteArray keyHeader = client->http->service().authHeaderName();
    const auto result = credits(*client);

    const auto sawKey = [&](const HostileServer &server) {
        return server.received().contains(testKey.toUtf8());
    };
    QVERIFY(first.requests().value(0).hasHeader(keyHeader)); // the key goes to its own origin
    if (sameOrigin) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage()));
        QCOMPARE(result.value().balance, 7);
        QCOMPARE(first.requests().size(), 2);
        QVERIFY(first.requests().at(1).path.startsWith("/moved/"));
        QVERIFY(first.requests().at(1).hasHeader(keyHeader)); // kept on the same origin
        return;
    }
    QVERIFY(!result.ok());
    QVERIFY2(!sawKey(other), other.received().constData());
    QCOMPARE(other.requests().size(), 0);        // not followed at all
    for (const auto &request : first.requests()) // "localhost" is another origin, too
        QVERIFY(!request.path.startsWith("/moved/"));
    const QString sentence = result.error().userMessage();
    QVERIFY2(sentence.contains(QLatin1String("redirect")) &&
                 sentence.contains(QLatin1String("key")),
             qPrintable(sentence));
}

void TestHostileServer::invalidTls_data()
{
    QTest::addColumn<bool>("selfSigned"); // else: plain bytes where TLS should be
    QTest::newRow("self-signed certificate") << true;
    QTest::newRow("garbage instead of TLS") << false;
}

void TestHostileServer::invalidTls()
{
    QFETCH(bool, selfSigned);
#ifdef Q_OS_WIN
    if (selfSigned)
        QSKIP("Makes its certificate with the openssl command and serves it with OpenSSL's "
              "TLS backend; a Windows build has Qt's schannel backend and no openssl");
#endif
    if (runningUnderWine())
        QSKIP("Qt's schannel backend calls Wine's secur32 (GnuTLS underneath), which reports "
              "plain bytes as a dropped connection, not a failed handshake; unverified on "
              "Windows");
    HostileServer server;
    if (selfSigned) {
        const QString keyPath = m_certDir.filePath(QStringLiteral("key.pem"));
        const QString certPath = m_certDir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                       u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                       u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                       u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, keyPath, u"-out"_s,
                       certPath});
        QVERIFY(openssl.waitForFinished(30'000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        QFile keyFile(keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(&keyFile, QSsl::Ec);
        QVERIFY(!key.isNull());
        const auto certificates = QSslCertificate::fromPath(certPath);
        QCOMPARE(certificates.size(), 1);
        server.useTls(certificates.first(), key);
    } else {
        server.answerWithGarbage("HTTP/1.1 200 OK\r\n\r\n{\"balance\":7}\r\n" +
                                 QByteArray(4096, '\x17'));
    }
    QVERIFY(server.start());
    auto client = clientFor(server.origin(QStringLiteral("https")));
    const auto result = credits(*client);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().networkError, QNetworkReply::SslHandshakeFailedError);
    const QString sentence = result.error().userMessage();
    QVERIFY2(sentence.contains(QLatin1String("secure connection")) &&
                 sentence.contains(QLatin1String("certificate")),
             qPrintable(sentence));
    QCOMPARE(server.connections(), 1); // not retried, and never without TLS
    QCOMPARE(server.requests().size(), 0);
    QVERIFY(!server.received().contains(testKey.toUtf8()));
    QVERIFY(!server.received().contains("POST /"));
}

void TestHostileServer::noIgnoredSslErrorsInSources()
{
    // Split, so that this file does not find itself.
    const QString needle = QStringLiteral("ignoreSsl") + QStringLiteral("Errors");
    int scanned = 0;
    for (const char *top : {"app", "models", "ui", "sandbox", "tests", "scripts"}) {
        QDirIterator it(QStringLiteral(CREATORDESK_SOURCE_DIR "/") + QLatin1String(top),
                        {u"*.cpp"_s, u"*.h"_s, u"*.py"_s, u"*.sh"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++scanned;
            QVERIFY2(!QString::fromUtf8(file.readAll()).contains(needle),
                     qPrintable(file.fileName()));
        }
    }
    QVERIFY(scanned > 100);
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostile_server.moc"
