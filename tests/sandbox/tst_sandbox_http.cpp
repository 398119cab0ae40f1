// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real creatordesk-sandbox and checks its documented behaviour over raw HTTP.
#include "DemoData.h"
#include "SandboxProcess.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace CreatorDesk::Sandbox;
using CreatorDesk::Testing::SandboxProcess;

namespace {

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

QByteArray key(const char *text)
{
    return QByteArray(text);
}

} // namespace

class tst_SandboxHttp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void xaiErrors_data();
    void xaiErrors();
    void insufficientCreditsNamesAmounts();
    void oauthNotConfigured();
    void rateLimitHeadersAnd403();
    void rateLimitStatus429();
    void oquiShapes();
    void xquikPaymentChallenge();
    void genericListAndRevoke();
    void oauthAuthorizeRedirects();
    void mediaRefusesFiveParts();
    void mediaAcceptsStreamedVideo();
    void publishIsIdempotentByJobId();
    void droppedConnectionIsNetworkError();
    void injectedErrors();

private:
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    const QString &base = {});
    HttpResult finish(QNetworkReply *reply);
    HttpResult xai(const QByteArray &method, const QString &path, const QByteArray &apiKey,
                   const QByteArray &body = {})
    {
        return send(method, path, body, {{"xai-key", apiKey}});
    }

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox{{QStringLiteral("--tick-ms"), QStringLiteral("100")}};
    QString m_url;
};

void tst_SandboxHttp::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("CREATORDESK_SANDBOX"))
        QSKIP("CREATORDESK_SANDBOX is not set; run through ctest.");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_url = m_sandbox.rootUrl().toString();
    QVERIFY(m_url.startsWith(QStringLiteral("http://127.0.0.1:")));
}

void tst_SandboxHttp::init()
{
    QCOMPARE(send("POST", QStringLiteral("/_sandbox/reset")).status, 200);
    QCOMPARE(
        send(
            "POST", QStringLiteral("/_sandbox/faults"),
            R"({"latencyMs":0,"latencyJitterMs":0,"errorRate":0,"rateLimitedRate":0,"dropRate":0})")
            .status,
        200);
    QCOMPARE(send("POST", QStringLiteral("/_sandbox/rate-limit"),
                  R"({"limit":1000,"windowSeconds":3600})")
                 .status,
             200);
}

void tst_SandboxHttp::cleanupTestCase()
{
    QCOMPARE(m_sandbox.stopByClosingStdin(), 0); // --exit-on-stdin-close ends it cleanly
}

HttpResult tst_SandboxHttp::finish(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(60000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpResult tst_SandboxHttp::send(const QByteArray &method, const QString &path,
                                 const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers,
                                 const QString &base)
{
    QNetworkRequest request(QUrl((base.isEmpty() ? m_url : base) + path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return finish(m_network.sendCustomRequest(request, method, body));
}

void tst_SandboxHttp::xaiErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("apiKey");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray demo = key(DemoData::xaiDemoKey);
    const QByteArray empty = key(DemoData::xaiEmptyKey);
    QTest::newRow("missing key") << QByteArray("GET") << QStringLiteral("/api/v1/social-sets")
                                 << QByteArray() << QByteArray() << 401
                                 << QStringLiteral("INVALID_API_KEY");
    QTest::newRow("unknown key") << QByteArray("GET") << QStringLiteral("/api/v1/social-sets")
                                 << QByteArray("sk-nope") << QByteArray() << 401
                                 << QStringLiteral("INVALID_API_KEY");
    QTest::newRow("login unknown email")
        << QByteArray("POST") << QStringLiteral("/api/v1/auth/login") << QByteArray()
        << QByteArray(R"({"email":"nobody@creatordesk.test","password":"x"})") << 404
        << QStringLiteral("USER_NOT_FOUND");
    QTest::newRow("login wrong password")
        << QByteArray("POST") << QStringLiteral("/api/v1/auth/login") << QByteArray()
        << QByteArray(R"({"email":"demo@creatordesk.test","password":"wrong"})") << 401
        << QStringLiteral("INVALID_CREDENTIALS");
    QTest::newRow("draft without title")
        << QByteArray("POST") << QStringLiteral("/api/v1/twitter/drafts") << demo
        << QByteArray(R"({"tweets":[{"content":"x"}]})") << 400 << QStringLiteral("INVALID_INPUT");
    QTest::newRow("draft tweets wrong type")
        << QByteArray("POST") << QStringLiteral("/api/v1/twitter/drafts") << demo
        << QByteArray(R"({"title":"t","tweets":"x"})") << 400 << QStringLiteral("INVALID_INPUT");
    QTest::newRow("body not json")
        << QByteArray("POST") << QStringLiteral("/api/v1/twitter/drafts") << demo
        << QByteArray("{nope") << 400 << QStringLiteral("INVALID_INPUT");
    QTest::newRow("bad time") << QByteArray("POST") << QStringLiteral("/api/v1/twitter/schedule")
                              << demo
                              << QByteArray(
                                     R"({"draftId":"draft-welcome","scheduledFor":"tomorrow"})")
                              << 400 << QStringLiteral("INVALID_INPUT");
    QTest::newRow("past time")
        << QByteArray("POST") << QStringLiteral("/api/v1/twitter/schedule") << demo
        << QByteArray(R"({"draftId":"draft-welcome","scheduledFor":"2001-01-01T00:00:00Z"})") << 400
        << QStringLiteral("INVALID_INPUT");
    QTest::newRow("bad enum") << QByteArray("POST") << QStringLiteral("/api/v1/bluesky/publish")
                              << demo
                              << QByteArray(R"({"accountUuid":"acc-personal-bluesky","type":"x"})")
                              << 400 << QStringLiteral("INVALID_INPUT");
    QTest::newRow("unknown draft")
        << QByteArray("POST") << QStringLiteral("/api/v1/twitter/publish") << demo
        << QByteArray(R"({"draftId":"nope"})") << 404 << QStringLiteral("NOT_FOUND");
    QTest::newRow("other user's draft")
        << QByteArray("POST") << QStringLiteral("/api/v1/twitter/publish") << empty
        << QByteArray(R"({"draftId":"draft-welcome"})") << 403 << QStringLiteral("UNAUTHORIZED");
    QTest::newRow("credits short")
        << QByteArray("POST") << QStringLiteral("/api/v1/twitter/publish") << empty
        << QByteArray(R"({"draftId":"draft-empty"})") << 402
        << QStringLiteral("INSUFFICIENT_CREDITS");
    QTest::newRow("token expired")
        << QByteArray("POST") << QStringLiteral("/api/v1/twitter/publish") << demo
        << QByteArray(R"({"draftId":"draft-launch","accountIds":["acc-brand-twitter-expired"]})")
        << 401 << QStringLiteral("TOKEN_EXPIRED");
    QTest::newRow("cancel without schedule")
        << QByteArray("DELETE") << QStringLiteral("/api/v1/twitter/schedule?draftId=draft-idea")
        << demo << QByteArray() << 404 << QStringLiteral("NOT_FOUND");
    QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/api/v1/nothing-here")
                                  << demo << QByteArray() << 404 << QStringLiteral("NOT_FOUND");
}

void tst_SandboxHttp::xaiErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, apiKey);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);

    const HttpResult result =
        apiKey.isEmpty() ? send(method, path, body) : xai(method, path, apiKey, body);
    QCOMPARE(result.status, status);
    QCOMPARE(result.json.value(QStringLiteral("success")).toBool(true), false);
    QCOMPARE(result.json.value(QStringLiteral("error")).toString(), code);
    QVERIFY(!result.json.value(QStringLiteral("message")).toString().isEmpty());
}

void tst_SandboxHttp::insufficientCreditsNamesAmounts()
{
    const HttpResult result = xai("POST", QStringLiteral("/api/v1/twitter/publish"),
                                  key(DemoData::xaiEmptyKey), R"({"draftId":"draft-empty"})");
    QCOMPARE(result.status, 402);
    QCOMPARE(result.json.value(QStringLiteral("creditsRequired")).toInt(), 10);
    QCOMPARE(result.json.value(QStringLiteral("creditsAvailable")).toInt(), 5);
    QCOMPARE(result.json.value(QStringLiteral("message")).toString(),
             QStringLiteral("This needs 10 credits; 5 are available."));
}

void tst_SandboxHttp::oauthNotConfigured()
{
    SandboxProcess withoutOAuth({QStringLiteral("--no-oauth")});
    QVERIFY2(withoutOAuth.start(), qPrintable(withoutOAuth.errorString()));
    const QString url = withoutOAuth.rootUrl().toString();
    const HttpResult result = send("POST", QStringLiteral("/api/v1/auth/oauth/google/url"),
                                   R"({"redirectUri":"http://127.0.0.1:9/cb"})", {}, url);
    QCOMPARE(result.status, 500);
    QCOMPARE(result.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("OAUTH_NOT_CONFIGURED"));
    QCOMPARE(withoutOAuth.stopByClosingStdin(), 0);
}

void tst_SandboxHttp::rateLimitHeadersAnd403()
{
    HttpResult result = xai("POST", QStringLiteral("/api/v1/credits"), key(DemoData::xaiDemoKey));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("X-RateLimit-Limit"), QByteArray("1000"));
    QCOMPARE(result.header("X-RateLimit-Remaining"), QByteArray("999"));
    QVERIFY(result.header("X-RateLimit-Reset").toLongLong() > QDateTime::currentSecsSinceEpoch());

    QCOMPARE(
        send("POST", QStringLiteral("/_sandbox/rate-limit"), R"({"limit":2,"windowSeconds":60})")
            .status,
        200);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(
            xai("GET", QStringLiteral("/api/v1/social-sets"), key(DemoData::xaiDemoKey)).status,
            200);
    // 003: "403 Forbidden (limit exceeded)", the documented error shape and headers, no more.
    result = xai("GET", QStringLiteral("/api/v1/social-sets"), key(DemoData::xaiDemoKey));
    QCOMPARE(result.status, 403);
    QCOMPARE(result.json.value(QStringLiteral("success")), QJsonValue(false));
    QCOMPARE(result.json.value(QStringLiteral("error")).toString(), QStringLiteral("RATE_LIMITED"));
    QVERIFY(!result.json.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(result.json.size(), 3);
    QCOMPARE(result.header("X-RateLimit-Limit"), QByteArray("2"));
    QCOMPARE(result.header("X-RateLimit-Remaining"), QByteArray("0"));
    const qint64 reset = result.header("X-RateLimit-Reset").toLongLong();
    QVERIFY(reset > QDateTime::currentSecsSinceEpoch());
    QVERIFY(reset <= QDateTime::currentSecsSinceEpoch() + 61);
    QVERIFY(result.header("Retry-After").isEmpty());
}

void tst_SandboxHttp::rateLimitStatus429()
{
    // For tests of servers that answer 429 (the flag --rate-limit-status 429 does the same).
    const HttpResult settings = send("POST", QStringLiteral("/_sandbox/rate-limit"),
                                     R"({"limit":1,"windowSeconds":60,"status":429})");
    QCOMPARE(settings.status, 200);
    QCOMPARE(settings.json.value(QStringLiteral("status")).toInt(), 429);
    QCOMPARE(send("POST", QStringLiteral("/_sandbox/rate-limit"), R"({"status":404})").status, 400);
    QCOMPARE(xai("POST", QStringLiteral("/api/v1/credits"), key(DemoData::xaiDemoKey)).status, 200);
    const HttpResult result =
        xai("POST", QStringLiteral("/api/v1/credits"), key(DemoData::xaiDemoKey));
    QCOMPARE(result.status, 429);
    QCOMPARE(result.json.value(QStringLiteral("error")).toString(), QStringLiteral("RATE_LIMITED"));
    QVERIFY(result.header("Retry-After").toInt() > 0);
    QCOMPARE(result.json.value(QStringLiteral("retry_after")).toInt(),
             result.header("Retry-After").toInt());
    QCOMPARE(result.header("X-RateLimit-Remaining"), QByteArray("0"));

    // The flag does the same from the start, and takes no other status.
    SandboxProcess flagged({QStringLiteral("--rate-limit-status"), QStringLiteral("429"),
                            QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(flagged.start(), qPrintable(flagged.errorString()));
    QCOMPARE(send("POST", QStringLiteral("/api/v1/credits"), {},
                  {{"xai-key", key(DemoData::xaiDemoKey)}}, flagged.rootUrl().toString())
                 .status,
             429);
    QCOMPARE(flagged.stopByClosingStdin(), 0);
    SandboxProcess wrongFlag({QStringLiteral("--rate-limit-status"), QStringLiteral("404")});
    QVERIFY(!wrongFlag.start());

    // A reset goes back to the documented 403.
    QCOMPARE(send("POST", QStringLiteral("/_sandbox/reset")).status, 200);
    QCOMPARE(send("POST", QStringLiteral("/_sandbox/rate-limit"), R"({"limit":0})")
                 .json.value(QStringLiteral("status"))
                 .toInt(),
             403);
    QCOMPARE(xai("POST", QStringLiteral("/api/v1/credits"), key(DemoData::xaiDemoKey)).status, 403);
}

void tst_SandboxHttp::oquiShapes()
{
    const QByteArray live = QByteArray("Bearer ") + DemoData::oquiLiveKey;
    HttpResult result =
        send("POST", QStringLiteral("/oqui/api/v1/assess"), "{}", {{"Authorization", live}});
    QCOMPARE(result.status, 402);
    QCOMPARE(result.json, QJsonDocument::fromJson(R"({"error":"Insufficient credits",
        "credits_required":1,"credits_available":0})")
                              .object());

    result = send("POST", QStringLiteral("/oqui/api/v1/assess"), "{}",
                  {{"Authorization", "Bearer ckiq_test_wrong"}});
    QCOMPARE(result.status, 401);
    QCOMPARE(result.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("Invalid API key"));

    const QByteArray test = QByteArray("Bearer ") + DemoData::oquiTestKey;
    result = send("POST", QStringLiteral("/oqui/api/v1/assess"), "{}", {{"Authorization", test}});
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value(QStringLiteral("creditsRemaining")).toInt(), 99);
    for (int i = 1; i < 60; ++i)
        send("POST", QStringLiteral("/oqui/api/v1/assess"), "{}", {{"Authorization", test}});
    result = send("POST", QStringLiteral("/oqui/api/v1/assess"), "{}", {{"Authorization", test}});
    QCOMPARE(result.status, 429);
    QCOMPARE(result.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("Rate limit exceeded"));
    QCOMPARE(result.json.value(QStringLiteral("limit")).toInt(), 60);
    QVERIFY(result.json.value(QStringLiteral("retry_after")).toInt() > 0);
    QVERIFY(!result.header("Retry-After").isEmpty());
}

void tst_SandboxHttp::xquikPaymentChallenge()
{
    HttpResult result = send("GET", QStringLiteral("/xquik/api/v1/x/tweets/42"));
    QCOMPARE(result.status, 402);
    const QByteArray challenge = result.header("WWW-Authenticate");
    QVERIFY(challenge.startsWith("Payment id=\""));
    QVERIFY(challenge.contains("realm=\"xquik.com\""));
    QVERIFY(challenge.contains("method=\"tempo\""));
    QVERIFY(challenge.contains("intent=\"charge\""));
    const int start = challenge.indexOf("request=\"") + 9;
    const QByteArray request = challenge.mid(start, challenge.indexOf('"', start) - start);
    const QJsonObject decoded =
        QJsonDocument::fromJson(QByteArray::fromBase64(request, QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(decoded.value(QStringLiteral("amount")).toString(), QStringLiteral("0.0015"));
    QCOMPARE(decoded.value(QStringLiteral("currency")).toString(), QStringLiteral("usd"));
    QVERIFY(decoded.value(QStringLiteral("recipient")).toString().startsWith(QStringLiteral("0x")));
    QCOMPARE(result.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("payment_required"));

    result = send("GET", QStringLiteral("/xquik/api/v1/x/tweets/42"), {},
                  {{"x-api-key", key(DemoData::xquikKey)}});
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value(QStringLiteral("id")).toString(), QStringLiteral("42"));
}

void tst_SandboxHttp::genericListAndRevoke()
{
    const QList<QPair<QByteArray, QByteArray>> auth = {
        {"Authorization", QByteArray("Bearer ") + DemoData::exampleTestKey}};
    HttpResult result = send("GET", QStringLiteral("/example/v1/api-keys"), {}, auth);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value(QStringLiteral("data")).toArray().size(), 2);
    result = send("DELETE", QStringLiteral("/example/v1/api-keys/key_test_2"), {}, auth);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value(QStringLiteral("message")).toString(),
             QStringLiteral("API key revoked successfully"));
    QCOMPARE(send("DELETE", QStringLiteral("/example/v1/api-keys/key_test_2"), {}, auth).status,
             404);
    QCOMPARE(send("GET", QStringLiteral("/example/v1/api-keys"), {}, auth)
                 .json.value(QStringLiteral("data"))
                 .toArray()
                 .size(),
             1);
    result = send("GET", QStringLiteral("/example/v1/api-keys"), {},
                  {{"Authorization", "Bearer sk_live_wrong"}});
    QCOMPARE(result.status, 401);
    QCOMPARE(result.json.value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
}

void tst_SandboxHttp::oauthAuthorizeRedirects()
{
    HttpResult result = send("POST", QStringLiteral("/api/v1/auth/oauth/google/url"),
                             R"({"redirectUri":"http://127.0.0.1:9/cb?x=1"})");
    QCOMPARE(result.status, 200);
    const QString state = result.json.value(QStringLiteral("state")).toString();
    const QUrl authUrl(result.json.value(QStringLiteral("authUrl")).toString());
    QVERIFY(authUrl.toString().startsWith(m_url + QStringLiteral("/oauth/authorize")));

    result = send("GET", authUrl.path() + QLatin1Char('?') + authUrl.query(QUrl::FullyEncoded));
    QCOMPARE(result.status, 302);
    const QUrl location(QString::fromUtf8(result.header("Location")));
    QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
    const QUrlQuery query(location);
    QCOMPARE(query.queryItemValue(QStringLiteral("x")), QStringLiteral("1"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), state);
    const QString code = query.queryItemValue(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());

    const QByteArray callback =
        QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("state"), state}})
            .toJson();
    result = send("POST", QStringLiteral("/api/v1/auth/oauth/google/callback"), callback);
    QCOMPARE(result.status, 200);
    QCOMPARE(
        result.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("isNewUser")),
        QJsonValue(true));
    // The code is single use.
    result = send("POST", QStringLiteral("/api/v1/auth/oauth/google/callback"), callback);
    QCOMPARE(result.status, 400);
}

void tst_SandboxHttp::mediaRefusesFiveParts()
{
    auto multipart = std::make_unique<QHttpMultiPart>(QHttpMultiPart::FormDataType);
    for (int i = 0; i < 5; ++i) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"files\"; filename=\"%1.png\"").arg(i));
        part.setBody(QByteArray("\x89PNG\r\n\x1a\n0000", 12));
        multipart->append(part);
    }
    QNetworkRequest request(QUrl(m_url + QStringLiteral("/api/v1/twitter/media/upload")));
    request.setRawHeader("xai-key", key(DemoData::xaiDemoKey));
    QNetworkReply *reply = m_network.post(request, multipart.get());
    multipart->setParent(reply);
    multipart.release();
    const HttpResult result = finish(reply);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.value(QStringLiteral("message")).toString(),
             QStringLiteral("at most 4 files per request"));
}

void tst_SandboxHttp::mediaAcceptsStreamedVideo()
{
    auto *file = new QTemporaryFile;
    QVERIFY(file->open());
    QByteArray chunk(1024 * 1024, 'v');
    chunk.replace(0, 12,
                  QByteArray("\0\0\0\x18"
                             "ftypmp42",
                             12));
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(file->write(chunk), chunk.size());
        chunk.fill('v'); // only the first megabyte carries the header
    }
    file->seek(0);

    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QStringLiteral("form-data; name=\"files\"; filename=\"clip.bin\""));
    part.setBodyDevice(file);
    file->setParent(multipart);
    multipart->append(part);
    QNetworkRequest request(QUrl(m_url + QStringLiteral("/api/v1/twitter/media/upload")));
    request.setRawHeader("xai-key", key(DemoData::xaiDemoKey));
    QNetworkReply *reply = m_network.post(request, multipart);
    multipart->setParent(reply);
    const HttpResult result = finish(reply);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("data")}));
    QCOMPARE(result.json.value(QStringLiteral("code")).toInt(-1), 0);
    const QJsonArray uploads = result.json.value(QStringLiteral("data"))
                                   .toObject()
                                   .value(QStringLiteral("uploads"))
                                   .toArray();
    QCOMPARE(uploads.size(), 1);
    const QJsonObject upload = uploads.first().toObject();
    QCOMPARE(upload.keys(), (QStringList{QStringLiteral("mediaId"), QStringLiteral("type"),
                                         QStringLiteral("url")}));
    QCOMPARE(upload.value(QStringLiteral("type")).toString(), QStringLiteral("video"));
    QCOMPARE(upload.value(QStringLiteral("url")).toString(),
             m_url + QStringLiteral("/media/") +
                 upload.value(QStringLiteral("mediaId")).toString());
    const HttpResult stats = send("GET", QStringLiteral("/_sandbox/stats"));
    QCOMPARE(stats.json.value(QStringLiteral("mediaUploadedBytes")).toInteger(), 20 * 1024 * 1024);
}

void tst_SandboxHttp::publishIsIdempotentByJobId()
{
    const QByteArray body = R"({"draftId":"draft-welcome","jobId":"job-once"})";
    const HttpResult first =
        xai("POST", QStringLiteral("/api/v1/twitter/publish"), key(DemoData::xaiDemoKey), body);
    QCOMPARE(first.status, 200);
    const HttpResult second =
        xai("POST", QStringLiteral("/api/v1/twitter/publish"), key(DemoData::xaiDemoKey), body);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json, first.json);
    const QJsonObject stats = send("GET", QStringLiteral("/_sandbox/stats")).json;
    QCOMPARE(
        stats.value(QStringLiteral("jobs")).toObject().value(QStringLiteral("job-once")).toInt(),
        1);
    QCOMPARE(stats.value(QStringLiteral("credits"))
                 .toObject()
                 .value(QString::fromLatin1(DemoData::xaiDemoEmail))
                 .toInt(),
             490);
}

void tst_SandboxHttp::droppedConnectionIsNetworkError()
{
    QCOMPARE(send("POST", QStringLiteral("/_sandbox/faults"), R"({"dropRate":1.0})").status, 200);
    const HttpResult result =
        xai("POST", QStringLiteral("/api/v1/credits"), key(DemoData::xaiDemoKey));
    QVERIFY2(result.error != QNetworkReply::NoError, result.body.constData());
    QCOMPARE(send("GET", QStringLiteral("/_sandbox/health")).status, 200);
}

void tst_SandboxHttp::injectedErrors()
{
    QCOMPARE(send("POST", QStringLiteral("/_sandbox/faults"), R"({"errorRate":1.0})").status, 200);
    for (int i = 0; i < 3; ++i) {
        const HttpResult result = xai("POST", QStringLiteral("/api/v1/twitter/publish"),
                                      key(DemoData::xaiDemoKey), R"({"draftId":"draft-welcome"})");
        QCOMPARE(result.status, 500);
        QCOMPARE(result.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("INTERNAL_ERROR"));
    }
    // Faulted requests had no effect on the server.
    const QJsonObject stats = send("GET", QStringLiteral("/_sandbox/stats")).json;
    QCOMPARE(stats.value(QStringLiteral("jobs")).toObject().size(), 0);

    QCOMPARE(
        send("POST", QStringLiteral("/_sandbox/faults"), R"({"errorRate":0,"rateLimitedRate":1.0})")
            .status,
        200);
    const HttpResult limited = send("GET", QStringLiteral("/oqui/api/v1/nothing"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
    // xAIcreator's injected limit is its documented one: 403 with the X-RateLimit-* headers.
    const HttpResult xaiLimited =
        xai("POST", QStringLiteral("/api/v1/credits"), key(DemoData::xaiDemoKey));
    QCOMPARE(xaiLimited.status, 403);
    QCOMPARE(xaiLimited.json.value(QStringLiteral("error")).toString(),
             QStringLiteral("RATE_LIMITED"));
    QCOMPARE(xaiLimited.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(xaiLimited.header("X-RateLimit-Reset").toLongLong() >=
            QDateTime::currentSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(tst_SandboxHttp)
#include "tst_sandbox_http.moc"
