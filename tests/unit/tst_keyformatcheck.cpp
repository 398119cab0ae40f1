// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/KeyFormatCheck.h"
#include "services/ServiceRegistry.h"

#include <QTest>

using namespace CreatorDesk;

class TestKeyFormatCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void displayPrefix_data();
    void displayPrefix();
};

void TestKeyFormatCheck::check_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("cleaned");
    QTest::addColumn<int>("notes");
    QTest::addColumn<QString>("problem"); // a phrase the sentence must contain

    const int empty = int(KeyCheck::Verdict::Empty);
    const int valid = int(KeyCheck::Verdict::Valid);
    const int invalid = int(KeyCheck::Verdict::Invalid);
    const QString hex64 = QStringLiteral("0123456789abcdef").repeated(4);
    const QString xq = QStringLiteral("xq_") + hex64;

    QTest::newRow("empty") << "xquik"
                           << "" << empty << "" << 0 << "";
    QTest::newRow("only spaces") << "xquik"
                                 << "   " << empty << "" << 0 << "";
    QTest::newRow("xquik valid") << "xquik" << xq << valid << xq << 0 << "";
    QTest::newRow("xquik trimmed")
        << "xquik" << QString(QStringLiteral("  ") + xq + QStringLiteral("\n")) << valid << xq << 1
        << "";
    QTest::newRow("xquik quoted") << "xquik" << QString(QLatin1Char('"') + xq + QLatin1Char('"'))
                                  << valid << xq << 1 << "";
    QTest::newRow("xquik curly quoted and spaced")
        << "xquik" << QString(QStringLiteral(" \u201C") + xq + QStringLiteral("\u201D ")) << valid
        << xq << 2 << "";
    QTest::newRow("xquik 63 hex")
        << "xquik" << QString(xq.chopped(1)) << invalid << xq.chopped(1) << 0
        << "exactly 64 hexadecimal characters (0-9, a-f); this one has 63";
    QTest::newRow("xquik 65 hex") << "xquik" << QString(xq + QLatin1Char('0')) << invalid
                                  << QString(xq + QLatin1Char('0')) << 0 << "this one has 65";
    QTest::newRow("xquik non hex")
        << "xquik" << QString(xq.chopped(1) + QLatin1Char('z')) << invalid
        << QString(xq.chopped(1) + QLatin1Char('z')) << 0 << "contains \"z\"";
    QTest::newRow("xquik wrong prefix")
        << "xquik"
        << "sk-abcdefghijklmnopqrstu" << invalid << "sk-abcdefghijklmnopqrstu" << 0
        << "A Xquik key starts with xq_";
    QTest::newRow("other service's key")
        << "xquik"
        << "ckiq_live_abcdefghijklmnop" << invalid << "ckiq_live_abcdefghijklmnop" << 0
        << "looks like a oqui key";
    QTest::newRow("inner space") << "xquik"
                                 << "xq_0123 4567" << invalid << "xq_0123 4567" << 0
                                 << "space or line break";
    QTest::newRow("oqui live") << "oqui"
                               << "ckiq_live_abcdefghijklmnop" << valid
                               << "ckiq_live_abcdefghijklmnop" << 0 << "";
    QTest::newRow("oqui test") << "oqui"
                               << "ckiq_test_abcdefghijklmnop" << valid
                               << "ckiq_test_abcdefghijklmnop" << 0 << "";
    QTest::newRow("oqui short") << "oqui"
                                << "ckiq_test_abc" << invalid << "ckiq_test_abc" << 0
                                << "too short";
    QTest::newRow("oqui wrong env")
        << "oqui"
        << "ckiq_prod_abcdefghijklmnop" << invalid << "ckiq_prod_abcdefghijklmnop" << 0
        << "ckiq_live_ or ckiq_test_";
    QTest::newRow("example live") << "example"
                                  << "sk_live_abc123xyz789" << valid << "sk_live_abc123xyz789" << 0
                                  << "";
    QTest::newRow("example hyphen")
        << "example"
        << "sk_live_abc-123xyz" << invalid << "sk_live_abc-123xyz" << 0 << "contains \"-\"";
    QTest::newRow("example as xai") << "xaicreator"
                                    << "sk_live_abc123xyz789" << invalid << "sk_live_abc123xyz789"
                                    << 0 << "looks like a Example API key";
    QTest::newRow("xai valid") << "xaicreator"
                               << "sk-demo-4f9c2b7e1a6d8e3f5b0c9a7d2e4f6a8b" << valid
                               << "sk-demo-4f9c2b7e1a6d8e3f5b0c9a7d2e4f6a8b" << 0 << "";
    QTest::newRow("xai short") << "xaicreator"
                               << "sk-abc" << invalid << "sk-abc" << 0 << "at least 16";
    QTest::newRow("xai single quotes")
        << "xaicreator"
        << "'sk-demo-4f9c2b7e1a6d8e3f5b0c'" << valid << "sk-demo-4f9c2b7e1a6d8e3f5b0c" << 1 << "";
}

void TestKeyFormatCheck::check()
{
    QFETCH(QString, service);
    QFETCH(QString, input);
    QFETCH(int, verdict);
    QFETCH(QString, cleaned);
    QFETCH(int, notes);
    QFETCH(QString, problem);

    const ServiceRegistry registry = ServiceRegistry::load();
    const ServiceDescriptor *descriptor = registry.find(service);
    QVERIFY(descriptor);
    const KeyCheck result = KeyFormatCheck::check(*descriptor, input, registry.services());
    QCOMPARE(int(result.verdict), verdict);
    QCOMPARE(result.key, cleaned);
    QCOMPARE(result.notes.size(), notes);
    if (verdict == int(KeyCheck::Verdict::Invalid))
        QVERIFY2(result.problem.contains(problem), qPrintable(result.problem));
    else
        QVERIFY(result.problem.isEmpty());
    QCOMPARE(result.format.has_value(), verdict == int(KeyCheck::Verdict::Valid));
}

void TestKeyFormatCheck::displayPrefix_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("shown");
    QTest::newRow("xquik") << QString(QStringLiteral("xq_a1b2") + QStringLiteral("0").repeated(60))
                           << "xq_" << QStringLiteral("xq_a1b2\u2026");
    QTest::newRow("oqui") << "ckiq_live_abcdefghijklmnopqrstuv"
                          << "ckiq_live_" << QStringLiteral("ckiq_live_abcd\u2026");
    QTest::newRow("short key shows half") << "sk_test_ab"
                                          << "sk_test_" << QStringLiteral("sk_te\u2026");
}

void TestKeyFormatCheck::displayPrefix()
{
    QFETCH(QString, key);
    QFETCH(QString, prefix);
    QFETCH(QString, shown);
    QCOMPARE(KeyFormatCheck::displayPrefix(key, prefix), shown);
}

QTEST_GUILESS_MAIN(TestKeyFormatCheck)
#include "tst_keyformatcheck.moc"
