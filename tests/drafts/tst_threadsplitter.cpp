// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/ThreadSplitter.h"

#include <QRegularExpression>
#include <QTest>

using namespace CreatorDesk;

using Platforms = QList<Platform>;
Q_DECLARE_METATYPE(Platforms)

class tst_ThreadSplitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void numberingSuffixGrowsWithTotal();
};

namespace {
QString repeated(const QString &unit, int times)
{
    QString text;
    for (int i = 0; i < times; ++i)
        text += unit;
    return text;
}

QString sentences(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QStringLiteral("Sentence %1 has a few plain words in it. ")
                    .arg(i, 2, 10, QLatin1Char('0'));
    return text.trimmed();
}

QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}
} // namespace

void tst_ThreadSplitter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Platforms>("platforms");
    QTest::addColumn<bool>("numbering");
    QTest::addColumn<int>("expectedParts");
    QTest::addColumn<QString>("expectedFirst"); // empty: not checked

    const Platforms x{Platform::Twitter};
    QTest::newRow("fits: unchanged")
        << QStringLiteral("Short post.") << x << false << 1 << QStringLiteral("Short post.");
    QTest::newRow("empty") << QString() << x << false << 0 << QString();
    // 42 characters a sentence: six fit in 280 (6*42-1 = 251), seven do not.
    QTest::newRow("sentence boundaries") << sentences(14) << x << false << 3 << sentences(6);
    QTest::newRow("sentences, Bluesky and X: X is stricter")
        << sentences(14) << Platforms{Platform::Bluesky, Platform::Twitter} << false << 3
        << sentences(6);
    QTest::newRow("sentences, Mastodon only")
        << sentences(14) << Platforms{Platform::Mastodon} << false << 2 << sentences(12);
    QTest::newRow("word boundaries (one long sentence)")
        << repeated(QStringLiteral("word "), 100).trimmed() << x << false << 2
        << repeated(QStringLiteral("word "), 56).trimmed();
    QTest::newRow("numbering counted")
        << sentences(14) << x << true << 3 << sentences(6) + QStringLiteral(" 1/3");
    QTest::newRow("numbering needs two digits")
        << repeated(QStringLiteral("word "), 700).trimmed() << x << true << 13 << QString();
    // CJK weighs 2 on X: 140 a post.
    QTest::newRow("CJK on X") << repeated(QStringLiteral("漢"), 300) << x << false << 3
                              << repeated(QStringLiteral("漢"), 140);
    QTest::newRow("CJK on Bluesky")
        << repeated(QStringLiteral("漢"), 450) << Platforms{Platform::Bluesky} << false << 2
        << repeated(QStringLiteral("漢"), 300);
    QTest::newRow("CJK sentences")
        << repeated(QStringLiteral("这是一个很长的句子。"), 40) << x << false << 3
        << repeated(QStringLiteral("这是一个很长的句子。"), 14);
    // An emoji with a skin tone is one grapheme and weighs 2 on X: never cut inside one.
    QTest::newRow("emoji with skin tone") << repeated(QStringLiteral("👍🏽"), 200) << x << false
                                          << 2 << repeated(QStringLiteral("👍🏽"), 140);
    QTest::newRow("ZWJ family on Bluesky")
        << repeated(QStringLiteral("👨‍👩‍👧 "), 200).trimmed()
        << Platforms{Platform::Bluesky} << false << 2 << QString();
    QTest::newRow("a word longer than a post") << repeated(QStringLiteral("a"), 700) << x << false
                                               << 3 << repeated(QStringLiteral("a"), 280);
    QTest::newRow("long word amid short ones")
        << QStringLiteral("Start ") + repeated(QStringLiteral("b"), 300) + QStringLiteral(" end.")
        << x << false << 3 << QStringLiteral("Start");
}

void tst_ThreadSplitter::split()
{
    QFETCH(QString, text);
    QFETCH(Platforms, platforms);
    QFETCH(bool, numbering);
    QFETCH(int, expectedParts);
    QFETCH(QString, expectedFirst);

    ThreadSplitter::Options options;
    options.platforms = platforms;
    options.numbering = numbering;
    const QStringList parts = ThreadSplitter::split(text, options);
    QCOMPARE(parts.size(), expectedParts);
    if (!expectedFirst.isEmpty())
        QCOMPARE(parts.first(), expectedFirst);

    // Properties: every part fits every platform, none is empty, numbering is right, and the
    // parts hold the whole text in order (only whitespace at the cuts goes).
    QString joined;
    for (int i = 0; i < parts.size(); ++i) {
        QString part = parts.at(i);
        QVERIFY2(ThreadSplitter::fits(part, options), qPrintable(part));
        QVERIFY(!part.trimmed().isEmpty());
        if (numbering && parts.size() > 1) {
            const QString suffix = ThreadSplitter::numberSuffix(i + 1, int(parts.size()));
            QVERIFY2(part.endsWith(suffix), qPrintable(part));
            part.chop(suffix.size());
        }
        QVERIFY(!part.front().isLowSurrogate() && !part.back().isHighSurrogate());
        joined += part;
    }
    QCOMPARE(withoutSpace(joined), withoutSpace(text));
}

void tst_ThreadSplitter::numberingSuffixGrowsWithTotal()
{
    QCOMPARE(ThreadSplitter::numberSuffix(2, 7), QStringLiteral(" 2/7"));
    QCOMPARE(ThreadSplitter::numberSuffix(10, 12), QStringLiteral(" 10/12"));
}

QTEST_GUILESS_MAIN(tst_ThreadSplitter)
#include "tst_threadsplitter.moc"
