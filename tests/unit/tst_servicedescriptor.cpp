// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ServiceRegistry.h"

#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk;

// Declared before the raw-string test data, which moc does not tokenise reliably.
class TestServiceDescriptor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInServices();
    void keyFormats_data();
    void keyFormats();
    void invalid_data();
    void invalid();
    void registryReportsBadFiles();
};

namespace {
// A valid descriptor to break one field at a time.
QByteArray validDescriptor()
{
    return R"({"id":"svc","name":"Svc","baseUrl":"https://svc.example/api","sandboxPath":"/svc",
      "auth":{"scheme":"bearer"},
      "keyFormats":[{"prefix":"k_","pattern":"^k_[a-z]{4}$","environment":"test","hint":"k_ + 4","bodyAlphabet":"token","bodyLength":[4,4]}],
      "endpoints":{"verify":{"method":"GET","path":"/me"}},"capabilities":[],"rateLimit":null})";
}
} // namespace

void TestServiceDescriptor::builtInServices()
{
    const ServiceRegistry registry = ServiceRegistry::load();
    QVERIFY2(registry.errors().isEmpty(), qPrintable(registry.errors().join(QLatin1Char('\n'))));
    QCOMPARE(registry.services().size(), 4);

    const ServiceDescriptor *xai = registry.find(QStringLiteral("xaicreator"));
    QVERIFY(xai);
    QCOMPARE(xai->authHeaderName(), QByteArray("xai-key"));
    QCOMPARE(xai->authHeaderValue(QStringLiteral("sk-abc")), QByteArray("sk-abc"));
    QCOMPARE(xai->baseUrl, QUrl(QStringLiteral("https://xaicreator.com/api/v1")));
    QVERIFY(xai->hasCapability(QStringLiteral("publishing")));

    const ServiceDescriptor *xquik = registry.find(QStringLiteral("xquik"));
    QVERIFY(xquik);
    QCOMPARE(xquik->authHeaderName(), QByteArray("x-api-key"));
    QCOMPARE(xquik->endpoint(QStringLiteral("balance"))->path, QStringLiteral("/account"));

    const ServiceDescriptor *oqui = registry.find(QStringLiteral("oqui"));
    QVERIFY(oqui);
    QCOMPARE(oqui->authHeaderName(), QByteArray("Authorization"));
    QCOMPARE(oqui->authHeaderValue(QStringLiteral("ckiq_live_x")),
             QByteArray("Bearer ckiq_live_x"));
    QCOMPARE(oqui->rateLimitRequests, 60);
    QCOMPARE(oqui->rateLimitPeriodSeconds, 60);

    const ServiceDescriptor *example = registry.find(QStringLiteral("example"));
    QVERIFY(example);
    QCOMPARE(example->endpoint(QStringLiteral("revokeKey"))->method, QByteArray("DELETE"));
    QVERIFY(!example->endpoint(QStringLiteral("createKey")));
}

void TestServiceDescriptor::keyFormats_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("environment"); // -1: no format matches

    const int live = int(KeyEnvironment::Live);
    const int test = int(KeyEnvironment::Test);
    const QString hex64 = QStringLiteral("0123456789abcdef").repeated(4);
    QTest::newRow("xai ok") << "xaicreator"
                            << "sk-demo-4f9c2b7e1a6d8e3f5b0c9a7d2e4f6a8b" << live;
    QTest::newRow("xai short") << "xaicreator"
                               << "sk-abc" << -1;
    QTest::newRow("xai underscore prefix") << "xaicreator"
                                           << "sk_live_abcdefghijklmnop" << -1;
    QTest::newRow("xquik ok") << "xquik" << QString(QStringLiteral("xq_") + hex64) << live;
    QTest::newRow("xquik upper hex")
        << "xquik" << QString(QStringLiteral("xq_") + hex64.toUpper()) << live;
    QTest::newRow("xquik 63") << "xquik" << QString(QStringLiteral("xq_") + hex64.left(63)) << -1;
    QTest::newRow("xquik 65") << "xquik"
                              << QString(QStringLiteral("xq_") + hex64 + QLatin1Char('a')) << -1;
    QTest::newRow("xquik non hex")
        << "xquik" << QString(QStringLiteral("xq_") + hex64.left(63) + QLatin1Char('g')) << -1;
    QTest::newRow("oqui live") << "oqui"
                               << "ckiq_live_abcdefghijklmnop" << live;
    QTest::newRow("oqui test") << "oqui"
                               << "ckiq_test_abcdefghijklmnop" << test;
    QTest::newRow("oqui other env") << "oqui"
                                    << "ckiq_prod_abcdefghijklmnop" << -1;
    QTest::newRow("example live") << "example"
                                  << "sk_live_abc123xyz789" << live;
    QTest::newRow("example test") << "example"
                                  << "sk_test_abc123xyz789" << test;
    QTest::newRow("example hyphen") << "example"
                                    << "sk-live-abc123xyz789" << -1;
    QTest::newRow("trailing space") << "example"
                                    << "sk_test_abc123xyz789 " << -1;
}

void TestServiceDescriptor::keyFormats()
{
    QFETCH(QString, service);
    QFETCH(QString, key);
    QFETCH(int, environment);
    const ServiceRegistry registry = ServiceRegistry::load();
    const ServiceDescriptor *descriptor = registry.find(service);
    QVERIFY(descriptor);
    const auto format = descriptor->formatOf(key);
    QCOMPARE(format.has_value(), environment >= 0);
    if (format)
        QCOMPARE(int(format->environment), environment);
}

void TestServiceDescriptor::invalid_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected");

    QTest::newRow("valid") << QByteArray() << QByteArray() << QString();
    QTest::newRow("not json") << QByteArray("{\"id\"") << QByteArray("{{") << "not valid JSON";
    QTest::newRow("bad id") << QByteArray(R"("id":"svc")") << QByteArray(R"("id":"Svc!")")
                            << "\"id\"";
    QTest::newRow("http remote") << QByteArray("https://svc.example")
                                 << QByteArray("http://svc.example") << "baseUrl";
    QTest::newRow("http loopback ok")
        << QByteArray("https://svc.example") << QByteArray("http://127.0.0.1:8080") << QString();
    QTest::newRow("bad scheme") << QByteArray(R"("scheme":"bearer")")
                                << QByteArray(R"("scheme":"basic")") << "auth.scheme";
    QTest::newRow("header without name")
        << QByteArray(R"({"scheme":"bearer"})") << QByteArray(R"({"scheme":"header"})")
        << "\"header\" is missing";
    QTest::newRow("bad regex") << QByteArray(R"(^k_[a-z]{4}$)") << QByteArray(R"(^k_[a-z$)")
                               << "not a valid regular expression";
    QTest::newRow("unanchored") << QByteArray(R"(^k_[a-z]{4}$)") << QByteArray(R"(k_[a-z]{4})")
                                << "anchored";
    QTest::newRow("bad environment") << QByteArray(R"("environment":"test")")
                                     << QByteArray(R"("environment":"prod")") << "environment";
    QTest::newRow("no formats") << QByteArray(R"("keyFormats":[{)")
                                << QByteArray(R"("keyFormats":[],"unused":[{)") << "at least one";
    QTest::newRow("bad alphabet") << QByteArray(R"("bodyAlphabet":"token")")
                                  << QByteArray(R"("bodyAlphabet":"base64")") << "bodyAlphabet";
    QTest::newRow("bad length") << QByteArray(R"("bodyLength":[4,4])")
                                << QByteArray(R"("bodyLength":[4,2])") << "bodyLength";
    QTest::newRow("unknown endpoint")
        << QByteArray(R"("verify":)") << QByteArray(R"("launch":)") << "launch";
    QTest::newRow("bad method") << QByteArray(R"("method":"GET")")
                                << QByteArray(R"("method":"FETCH")") << "method";
    QTest::newRow("relative path")
        << QByteArray(R"("path":"/me")") << QByteArray(R"("path":"me")") << "path";
    QTest::newRow("rate limit type")
        << QByteArray(R"("rateLimit":null)")
        << QByteArray(R"("rateLimit":{"requests":"60","periodSeconds":60})") << "requests";
}

void TestServiceDescriptor::invalid()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);
    QByteArray data = validDescriptor();
    if (!from.isEmpty()) {
        QVERIFY2(data.contains(from), from.constData());
        data.replace(from, to);
    }
    const auto loaded = ServiceDescriptor::fromJson(data, QStringLiteral("svc.json"));
    if (expected.isEmpty()) {
        QVERIFY(std::holds_alternative<ServiceDescriptor>(loaded));
    } else {
        QVERIFY(std::holds_alternative<QString>(loaded));
        const QString message = std::get<QString>(loaded);
        QVERIFY2(message.contains(QStringLiteral("svc.json")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }
}

void TestServiceDescriptor::registryReportsBadFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString &name, const QByteArray &data) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    };
    write(QStringLiteral("a.json"), validDescriptor());
    write(QStringLiteral("b.json"), validDescriptor()); // same id again
    write(QStringLiteral("c.json"), "{}");
    write(QStringLiteral("notes.txt"), "ignored");
    const ServiceRegistry registry = ServiceRegistry::load(dir.path());
    QCOMPARE(registry.services().size(), 1);
    QCOMPARE(registry.errors().size(), 2);
    QVERIFY(registry.errors().at(0).contains(QStringLiteral("used twice")));
    QVERIFY(registry.errors().at(1).contains(QStringLiteral("c.json")));

    const ServiceRegistry empty = ServiceRegistry::load(dir.filePath(QStringLiteral("missing")));
    QVERIFY(empty.services().isEmpty());
    QCOMPARE(empty.errors().size(), 1);
}

QTEST_GUILESS_MAIN(TestServiceDescriptor)
#include "tst_servicedescriptor.moc"
