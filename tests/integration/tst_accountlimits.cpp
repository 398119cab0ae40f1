// SPDX-License-Identifier: GPL-3.0-or-later
// Each account's real limit: X Premium, a Mastodon instance's own limit read over real HTTP
// from the sandbox's /api/v2/instance, the person's override, the defaults when the instance
// can't be reached, and the strictest account winning when a text goes to several.
#include "api/MastodonInstanceClient.h"
#include "connections/AccountLimits.h"
#include "support/SandboxProcess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk;
using CreatorDesk::Testing::SandboxProcess;

namespace {
LocalDraft::Account account(const QString &id, const QString &platform, const QString &name)
{
    return {id, QStringLiteral("set-1"), platform, name};
}
} // namespace

class TestAccountLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void normalized_data();
    void normalized();
    void parse_data();
    void parse();
    void instanceLimitReadOverHttp();
    void unreachableInstanceKeepsDefaults();
    void strictestAccountWins_data();
    void strictestAccountWins();
    void choicesSurviveARestart();
    void premiumRaisesTheCount();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
};

void TestAccountLimits::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    QVERIFY(m_dir.isValid());
}

void TestAccountLimits::normalized_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host") << QStringLiteral("mastodon.social") << QStringLiteral("mastodon.social");
    QTest::newRow("https url") << QStringLiteral("https://Mastodon.Social/")
                               << QStringLiteral("mastodon.social");
    QTest::newRow("handle") << QStringLiteral("@me@fosstodon.org")
                            << QStringLiteral("fosstodon.org");
    QTest::newRow("user@host") << QStringLiteral("demo_writer@mastodon.social")
                               << QStringLiteral("mastodon.social");
    QTest::newRow("http with port")
        << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("https other port")
        << QStringLiteral("https://example.org:8443") << QStringLiteral("https://example.org:8443");
    QTest::newRow("plain name without host") << QStringLiteral("") << QStringLiteral("");
    QTest::newRow("other scheme") << QStringLiteral("ftp://example.org") << QStringLiteral("");
}

void TestAccountLimits::normalized()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(MastodonInstanceClient::normalized(text), expected);
}

void TestAccountLimits::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("maxCharacters"); // 0: not an answer
    QTest::addColumn<int>("perUrl");
    QTest::newRow("mastodon 4") << QByteArray(
                                       R"({"configuration":{"statuses":{"max_characters":11000,)"
                                       R"("characters_reserved_per_url":23}}})")
                                << 11000 << 23;
    QTest::newRow("own per url") << QByteArray(
                                        R"({"configuration":{"statuses":{"max_characters":1000,)"
                                        R"("characters_reserved_per_url":30}}})")
                                 << 1000 << 30;
    QTest::newRow("no per url") << QByteArray(
                                       R"({"configuration":{"statuses":{"max_characters":700}}})")
                                << 700 << 23;
    QTest::newRow("no statuses") << QByteArray(R"({"configuration":{}})") << 0 << 0;
    QTest::newRow("string figure")
        << QByteArray(R"({"configuration":{"statuses":{"max_characters":"5000"}}})") << 0 << 0;
    QTest::newRow("negative") << QByteArray(
                                     R"({"configuration":{"statuses":{"max_characters":-1}}})")
                              << 0 << 0;
    QTest::newRow("html") << QByteArray("<html>Not found</html>") << 0 << 0;
    QTest::newRow("array") << QByteArray("[1,2]") << 0 << 0;
}

void TestAccountLimits::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(int, maxCharacters);
    QFETCH(int, perUrl);
    QString error;
    const auto limits = MastodonInstanceClient::parse(body, &error);
    QCOMPARE(limits.has_value(), maxCharacters > 0);
    if (limits) {
        QCOMPARE(limits->maxCharacters, maxCharacters);
        QCOMPARE(limits->charactersReservedPerUrl, perUrl);
        QVERIFY(limits->readAt.isValid());
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestAccountLimits::instanceLimitReadOverHttp()
{
    const auto answer =
        m_sandbox->control(QStringLiteral("mastodon-instance"),
                           {{"max_characters", 11000}, {"characters_reserved_per_url", 30}});
    QCOMPARE(answer["configuration"]["statuses"]["max_characters"].get<int>(), 11000);

    Settings settings(m_dir.filePath(QStringLiteral("read.ini")));
    MastodonInstanceClient instances(&m_network);
    AccountLimits limits(&settings, &instances);
    const QString instance = m_sandbox->rootUrl().toString();
    const auto mastodon = account(QStringLiteral("m1"), QStringLiteral("mastodon"),
                                  QStringLiteral("writer@somewhere.invalid"));
    QCOMPARE(limits.limitsFor({mastodon}).mastodon.maxCharacters, 500);

    QSignalSpy fetched(&instances, &MastodonInstanceClient::fetched);
    limits.setChoice(mastodon, {false, instance, std::nullopt});
    QVERIFY(limits.isReading(instance));
    QVERIFY(fetched.wait(10'000));
    const PlatformCounts::Settings read = limits.limitsFor({mastodon});
    QCOMPARE(read.mastodon.maxCharacters, 11000);
    QCOMPARE(read.mastodon.charactersReservedPerUrl, 30);
    QVERIFY2(limits.explain(Platform::Mastodon, {mastodon}).contains(QStringLiteral("11,000")),
             qPrintable(limits.explain(Platform::Mastodon, {mastodon})));
    // The instance endpoint was asked over HTTP, without a key.
    const auto requests = m_sandbox->requests(QStringLiteral("/api/v2/instance"));
    QCOMPARE(requests.size(), size_t(1));

    // The person's own figure wins over the instance's.
    limits.setChoice(mastodon, {false, instance, 2000});
    QCOMPARE(limits.limitsFor({mastodon}).mastodon.maxCharacters, 2000);
    QVERIFY(limits.explain(Platform::Mastodon, {mastodon}).contains(QStringLiteral("your own")));
}

void TestAccountLimits::unreachableInstanceKeepsDefaults()
{
    // A port nobody listens on: taken, then freed.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();

    Settings settings(m_dir.filePath(QStringLiteral("unreachable.ini")));
    MastodonInstanceClient instances(&m_network);
    AccountLimits limits(&settings, &instances);
    QSignalSpy failed(&instances, &MastodonInstanceClient::failed);
    const auto mastodon =
        account(QStringLiteral("m2"), QStringLiteral("mastodon"), QStringLiteral("writer"));
    limits.setChoice(mastodon, {false, closed, std::nullopt});
    QVERIFY(failed.wait(10'000));
    const PlatformCounts::Settings fallback = limits.limitsFor({mastodon});
    QCOMPARE(fallback.mastodon.maxCharacters, 500);
    QCOMPARE(fallback.mastodon.charactersReservedPerUrl, 23);
    QVERIFY(!limits.instanceError(closed).isEmpty());
    const QString why = limits.explain(Platform::Mastodon, {mastodon});
    QVERIFY2(why.contains(QStringLiteral("default")) && why.contains(QStringLiteral("500")),
             qPrintable(why));
}

void TestAccountLimits::strictestAccountWins_data()
{
    QTest::addColumn<bool>("firstPremium");
    QTest::addColumn<bool>("secondPremium");
    QTest::addColumn<int>("xLimit");
    QTest::newRow("both premium") << true << true << 25000;
    QTest::newRow("one premium") << true << false << 280;
    QTest::newRow("none") << false << false << 280;
}

void TestAccountLimits::strictestAccountWins()
{
    QFETCH(bool, firstPremium);
    QFETCH(bool, secondPremium);
    QFETCH(int, xLimit);
    Settings settings(m_dir.filePath(
        QStringLiteral("strict-%1.ini").arg(QLatin1String(QTest::currentDataTag()))));
    MastodonInstanceClient instances(&m_network);
    AccountLimits limits(&settings, &instances);
    const auto x1 = account(QStringLiteral("x1"), QStringLiteral("twitter"), QStringLiteral("a"));
    const auto x2 = account(QStringLiteral("x2"), QStringLiteral("twitter"), QStringLiteral("b"));
    const auto m1 = account(QStringLiteral("m1"), QStringLiteral("mastodon"), QStringLiteral("c"));
    const auto m2 = account(QStringLiteral("m2"), QStringLiteral("mastodon"), QStringLiteral("d"));
    limits.setChoice(x1, {firstPremium, {}, std::nullopt});
    limits.setChoice(x2, {secondPremium, {}, std::nullopt});
    limits.setChoice(m1, {false, {}, 5000});
    limits.setChoice(m2, {false, {}, 800});
    const PlatformCounts::Settings both = limits.limitsFor({x1, x2, m1, m2});
    QCOMPARE(PlatformCounts::limitOf(Platform::Twitter, both), xLimit);
    QCOMPARE(PlatformCounts::limitOf(Platform::Mastodon, both), 800);
    // The first X account alone has its own limit.
    QCOMPARE(PlatformCounts::limitOf(Platform::Twitter, limits.limitsFor({x1})),
             firstPremium ? 25000 : 280);
    // No account of a platform: that platform's default.
    QCOMPARE(PlatformCounts::limitOf(Platform::Mastodon, limits.limitsFor({x1})), 500);
}

void TestAccountLimits::choicesSurviveARestart()
{
    const QString file = m_dir.filePath(QStringLiteral("restart.ini"));
    const auto x =
        account(QStringLiteral("x/with/slashes"), QStringLiteral("twitter"), QStringLiteral("me"));
    {
        Settings settings(file);
        MastodonInstanceClient instances(&m_network);
        AccountLimits limits(&settings, &instances);
        limits.setChoice(x, {true, {}, std::nullopt});
        settings.setInstanceLimits(QStringLiteral("mastodon.example"),
                                   {1200, 25, QDateTime::currentDateTimeUtc()});
    }
    Settings settings(file);
    QVERIFY(settings.accountLimitChoice(x.accountId).xPremium);
    QVERIFY(!settings.accountLimitChoice(QStringLiteral("x")).xPremium);
    const auto cached = settings.instanceLimits(QStringLiteral("mastodon.example"));
    QVERIFY(cached.has_value());
    QCOMPARE(cached->maxCharacters, 1200);
    QCOMPARE(cached->charactersReservedPerUrl, 25);
    // A cached instance is not asked again.
    MastodonInstanceClient instances(&m_network);
    AccountLimits limits(&settings, &instances);
    const auto m = account(QStringLiteral("m"), QStringLiteral("mastodon"),
                           QStringLiteral("me@mastodon.example"));
    limits.readMissingInstances({m});
    QVERIFY(!limits.isReading(QStringLiteral("mastodon.example")));
    QCOMPARE(limits.limitsFor({m}).mastodon.maxCharacters, 1200);
}

void TestAccountLimits::premiumRaisesTheCount()
{
    const QString longPost(1000, QLatin1Char('a'));
    PlatformCounts::Settings premium;
    premium.xPremium = true;
    QVERIFY(!PlatformCounts::count(Platform::Twitter, longPost).valid);
    const PlatformCount count = PlatformCounts::count(Platform::Twitter, longPost, premium);
    QVERIFY(count.valid);
    QCOMPARE(count.limit, 25000);
    QCOMPARE(count.permillage, 40);
    QVERIFY(
        !PlatformCounts::count(Platform::Twitter, QString(25001, QLatin1Char('a')), premium).valid);
}

QTEST_GUILESS_MAIN(TestAccountLimits)
#include "tst_accountlimits.moc"
