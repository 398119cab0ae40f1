// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's request log, which integration tests read to check that the client sent the
// documented request: it keeps method, path, query and body, and never a credential.
#include "DemoData.h"
#include "SandboxProcess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using CreatorDesk::Testing::SandboxProcess;
using nlohmann::json;

class tst_SandboxRequestLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void keepsRequestWithoutSecrets_data();
    void keepsRequestWithoutSecrets();
    void controlPlaneIsNotLogged();

private:
    void post(const QString &path, const QByteArray &body, const QUrlQuery &query = {});

    QNetworkAccessManager m_network;
    SandboxProcess m_sandbox;
};

void tst_SandboxRequestLog::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("CREATORDESK_SANDBOX"))
        QSKIP("CREATORDESK_SANDBOX is not set; run through ctest.");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_SandboxRequestLog::init()
{
    m_sandbox.clearRequests();
    QCOMPARE(m_sandbox.requests().size(), 0u);
}

void tst_SandboxRequestLog::post(const QString &path, const QByteArray &body,
                                 const QUrlQuery &query)
{
    QUrl url = m_sandbox.serviceUrl(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("xai-key", CreatorDesk::Sandbox::DemoData::xaiDemoKey);
    QNetworkReply *reply = m_network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    reply->deleteLater();
}

void tst_SandboxRequestLog::keepsRequestWithoutSecrets_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("keptField");
    QTest::addColumn<QString>("keptValue");
    QTest::addColumn<QString>("secretField");
    QTest::addColumn<QByteArray>("secret");

    QTest::newRow("login password")
        << QStringLiteral("/api/v1/auth/login")
        << QByteArray(R"({"email":"demo@creatordesk.test",)"
                      R"("password":"demo-password"})")
        << QStringLiteral("email") << QStringLiteral("demo@creatordesk.test")
        << QStringLiteral("password") << QByteArray("demo-password");
    QTest::newRow("oauth code") << QStringLiteral("/api/v1/auth/oauth/google/callback")
                                << QByteArray(R"({"code":"c0de-secret","state":"st4te"})")
                                << QString() << QString() << QStringLiteral("code")
                                << QByteArray("c0de-secret");
    QTest::newRow("schedule fields") << QStringLiteral("/api/v1/twitter/schedule")
                                     << QByteArray(R"({"draftId":"draft-welcome","priority":3,)"
                                                   R"("applyJitter":false})")
                                     << QStringLiteral("draftId") << QStringLiteral("draft-welcome")
                                     << QString() << QByteArray();
}

void tst_SandboxRequestLog::keepsRequestWithoutSecrets()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, keptField);
    QFETCH(QString, keptValue);
    QFETCH(QString, secretField);
    QFETCH(QByteArray, secret);

    post(path, body, QUrlQuery(QStringLiteral("code=query-secret&view=full")));
    const json logged = m_sandbox.requests(path);
    QCOMPARE(logged.size(), 1u);
    const json &entry = logged.at(0);
    QCOMPARE(entry.value("method", std::string()), std::string("POST"));
    QCOMPARE(QString::fromStdString(entry.value("path", std::string())), path);
    QCOMPARE(entry.at("query").value("view", std::string()), std::string("full"));
    QVERIFY(entry.at("query").value("code", std::string()) != "query-secret");
    if (!keptField.isEmpty()) {
        QCOMPARE(QString::fromStdString(entry.at("body").value(keptField.toStdString(), "")),
                 keptValue);
    }
    const std::string dumped = m_sandbox.control(QStringLiteral("requests")).dump();
    if (!secret.isEmpty()) {
        QVERIFY(entry.at("body").contains(secretField.toStdString()));
        QVERIFY2(dumped.find(secret.toStdString()) == std::string::npos,
                 "a credential reached the request log");
    }
    QVERIFY(dumped.find("query-secret") == std::string::npos);
}

void tst_SandboxRequestLog::controlPlaneIsNotLogged()
{
    m_sandbox.stats();
    m_sandbox.setFaults(0);
    QCOMPARE(m_sandbox.requests().size(), 0u);
}

QTEST_GUILESS_MAIN(tst_SandboxRequestLog)
#include "tst_sandbox_requestlog.moc"
