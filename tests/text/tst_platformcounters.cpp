// SPDX-License-Identifier: GPL-3.0-or-later
// Table tests for the rules of COUNTING.md that the twitter-text suite does not cover.
#include "text/BlueskyCounter.h"
#include "text/EmojiSequence.h"
#include "text/LinkedInCounter.h"
#include "text/MastodonCounter.h"
#include "text/PlatformCounts.h"
#include "text/Punycode.h"
#include "text/ThreadsCounter.h"
#include "text/TwitterCounter.h"

#include <QTest>

#include <array>

using namespace CreatorDesk;

namespace {
const QString kFamily =
    QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466");
const QString kFlag = QStringLiteral("\U0001F1EB\U0001F1F7");
const QString kThumbsMedium = QStringLiteral("\U0001F44D\U0001F3FD");
// Regional indicators by letter: only pairs that name a region (twemoji's list, which is
// Unicode's RGI flags) are one emoji on X; any other indicator is an emoji on its own.
QString regional(const char *letters)
{
    QString text;
    for (const char *c = letters; *c; ++c)
        text += QString::fromUcs4(std::array{char32_t(0x1F1E6 + (*c - 'A'))}.data(), 1);
    return text;
}
const QString kEngland =
    QStringLiteral("\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F");

QString repeated(const QString &piece, int times)
{
    return piece.repeated(times);
}
} // namespace

class TstPlatformCounters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emojiSequence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("length");
        QTest::newRow("letter") << QStringLiteral("a") << qsizetype(0);
        QTest::newRow("bare #") << QStringLiteral("#") << qsizetype(0);
        QTest::newRow("keycap with VS16") << QStringLiteral("#\uFE0F\u20E3") << qsizetype(3);
        QTest::newRow("keycap without VS16") << QStringLiteral("1\u20E3") << qsizetype(2);
        QTest::newRow("bare (C)") << QStringLiteral("\u00A9") << qsizetype(0);
        QTest::newRow("bare (R)") << QStringLiteral("\u00AE") << qsizetype(0);
        QTest::newRow("(C) with VS16") << QStringLiteral("\u00A9\uFE0F") << qsizetype(2);
        QTest::newRow("smiley, text style") << QStringLiteral("\u263A") << qsizetype(1);
        QTest::newRow("heart, text style") << QStringLiteral("\u2764") << qsizetype(1);
        QTest::newRow("heart with VS16") << QStringLiteral("\u2764\uFE0F") << qsizetype(2);
        QTest::newRow("flag") << kFlag << qsizetype(4);
        QTest::newRow("lone regional indicator") << QStringLiteral("\U0001F1EB") << qsizetype(2);
        QTest::newRow("JP flag") << regional("JP") << qsizetype(4);
        QTest::newRow("AA, no flag") << regional("AA") << qsizetype(2);
        QTest::newRow("ABC, no flag") << regional("ABC") << qsizetype(2);
        QTest::newRow("US then A") << regional("USA") << qsizetype(4);
        QTest::newRow("skin tone") << kThumbsMedium << qsizetype(4);
        QTest::newRow("ZWJ family") << kFamily << qsizetype(11);
        QTest::newRow("tag sequence") << kEngland << qsizetype(14);
        QTest::newRow("trailing ZWJ") << QStringLiteral("\U0001F600\u200D") << qsizetype(2);
        QTest::newRow("technologist")
            << QStringLiteral("\U0001F469\u200D\U0001F4BB") << qsizetype(5);
    }

    void emojiSequence()
    {
        QFETCH(QString, text);
        QTEST(EmojiSequence::lengthAt(text, 0), "length");
    }

    void punycode_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<qsizetype>("length");
        QTest::newRow("ascii") << QStringLiteral("example") << qsizetype(7);
        QTest::newRow("latin") << QStringLiteral("b\u00FCcher") << qsizetype(13);
        QTest::newRow("kana") << QStringLiteral("\u3042\u3042") << qsizetype(8);
        QTest::newRow("astral") << QStringLiteral("\U0001F600") << qsizetype(8);
        QTest::newRow("empty") << QString() << qsizetype(0);
    }

    void punycode()
    {
        QFETCH(QString, label);
        QTEST(Punycode::encodedLabelLength(label), "length");
    }

    // COUNTING.md's X rules beyond the conformance files: weights and the preceding characters.
    void twitter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("weightedLength");
        QTest::addColumn<qsizetype>("overLimitStart");
        QTest::newRow("bare (C)") << QStringLiteral("\u00A9") << 1 << qsizetype(-1);
        QTest::newRow("(C) with VS16") << QStringLiteral("\u00A9\uFE0F") << 2 << qsizetype(-1);
        QTest::newRow("ellipsis, bullet, euro")
            << QStringLiteral("\u2026\u2022\u20AC") << 6 << qsizetype(-1);
        QTest::newRow("curly quotes, dash")
            << QStringLiteral("\u201C\u2014\u201D") << 3 << qsizetype(-1);
        QTest::newRow("RLM") << QStringLiteral("\u200F") << 2 << qsizetype(-1);
        QTest::newRow("hashtag, mention") << QStringLiteral("#tag @user") << 10 << qsizetype(-1);
        QTest::newRow("bare domain") << QStringLiteral("example.com") << 23 << qsizetype(-1);
        QTest::newRow("email") << QStringLiteral("x@example.com") << 13 << qsizetype(-1);
        QTest::newRow("after $") << QStringLiteral("$example.com") << 12 << qsizetype(-1);
        QTest::newRow("after -, no scheme")
            << QStringLiteral("-example.com") << 12 << qsizetype(-1);
        QTest::newRow("after -, with scheme")
            << QStringLiteral("-https://example.com") << 24 << qsizetype(-1);
        QTest::newRow("punycode host")
            << QStringLiteral("http://xn--ls8h.la") << 23 << qsizetype(-1);
        QTest::newRow("flag JP") << regional("JP") << 2 << qsizetype(-1);
        QTest::newRow("lone U") << regional("U") << 2 << qsizetype(-1);
        QTest::newRow("ABC, no flag") << regional("ABC") << 6 << qsizetype(-1);
        QTest::newRow("AA, no flag") << regional("AA") << 4 << qsizetype(-1);
        QTest::newRow("US flag, lone A") << regional("USA") << 4 << qsizetype(-1);
        QTest::newRow("lone X, US flag") << regional("XUS") << 4 << qsizetype(-1);
        QTest::newRow("AB, then flag CA") << regional("ABCA") << 6 << qsizetype(-1);
        QTest::newRow("flags next to text")
            << QStringLiteral("Tokyo") + regional("JP") + QStringLiteral("Paris") + regional("FR") +
                   QStringLiteral("!")
            << 15 << qsizetype(-1);
        QTest::newRow("141 lone indicators, over")
            << regional("A").repeated(141) << 282 << qsizetype(280);
        QTest::newRow("281 letters") << repeated(QStringLiteral("a"), 281) << 281 << qsizetype(280);
        QTest::newRow("decomposed, over")
            << QString(repeated(QStringLiteral("e\u0301"), 281)) << 281 << qsizetype(560);
    }

    void twitter()
    {
        QFETCH(QString, text);
        const TextCount count = TwitterCounter::count(text).toTextCount();
        QTEST(count.length, "weightedLength");
        QTEST(count.overLimitStart, "overLimitStart");
    }

    void bluesky_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("graphemes");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qsizetype>("overLimitStart");
        QTest::newRow("empty") << QString() << 0 << false << qsizetype(-1);
        QTest::newRow("word") << QStringLiteral("hello") << 5 << true << qsizetype(-1);
        QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << 3 << true << qsizetype(-1);
        QTest::newRow("combining") << QStringLiteral("e\u0301") << 1 << true << qsizetype(-1);
        QTest::newRow("ZWJ") << kFamily << 1 << true << qsizetype(-1);
        QTest::newRow("flags") << kFlag + kFlag << 2 << true << qsizetype(-1);
        QTest::newRow("indicators pair by grapheme")
            << regional("ABC") << 2 << true << qsizetype(-1);
        QTest::newRow("URL as typed")
            << QStringLiteral("https://example.com/a/long/path") << 31 << true << qsizetype(-1);
        QTest::newRow("300") << repeated(QStringLiteral("a"), 300) << 300 << true << qsizetype(-1);
        QTest::newRow("301") << repeated(QStringLiteral("a"), 301) << 301 << false
                             << qsizetype(300);
        // 25 UTF-8 bytes each: 120 fill the 3000 bytes exactly, the 121st breaks the cap.
        QTest::newRow("3000 bytes") << repeated(kFamily, 120) << 120 << true << qsizetype(-1);
        QTest::newRow("3001+ bytes")
            << repeated(kFamily, 150) << 150 << false << qsizetype(120 * 11);
        QTest::newRow("graphemes first")
            << repeated(QStringLiteral("\u20AC"), 1000) << 1000 << false << qsizetype(300);
    }

    void bluesky()
    {
        QFETCH(QString, text);
        const TextCount count = BlueskyCounter::count(text);
        QTEST(count.length, "graphemes");
        QTEST(count.valid, "valid");
        QTEST(count.overLimitStart, "overLimitStart");
    }

    void blueskyLinkText_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");
        QTest::newRow("root") << QStringLiteral("https://example.com/")
                              << QStringLiteral("example.com");
        QTest::newRow("short path")
            << QStringLiteral("https://example.com/abc") << QStringLiteral("example.com/abc");
        QTest::newRow("long path") << QStringLiteral("https://example.com/a-very-long-path")
                                   << QStringLiteral("example.com/a-very-long-...");
        QTest::newRow("not http") << QStringLiteral("mailto:a@b.c")
                                  << QStringLiteral("mailto:a@b.c");
    }

    void blueskyLinkText()
    {
        QFETCH(QString, url);
        QTEST(BlueskyCounter::shortenedLinkText(url), "shown");
    }

    void mastodon_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxCharacters");
        QTest::addColumn<int>("urlCost");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qsizetype>("overLimitStart");
        const auto row = [](const char *name, const QString &text, int length, bool valid,
                            qsizetype over = -1, int max = 500, int urlCost = 23) {
            QTest::newRow(name) << text << max << urlCost << length << valid << over;
        };
        row("empty", QString(), 0, false);
        row("whitespace only", QStringLiteral(" \n\t\u3000"), 0, false);
        row("word", QStringLiteral("hello"), 5, true);
        row("long URL", QStringLiteral("https://example.com/a/very/long/path/indeed"), 23, true);
        row("every URL", QStringLiteral("see https://a.com and http://b.org/x"), 55, true);
        row("URL without scheme", QStringLiteral("example.com"), 11, true);
        row("remote mention", QStringLiteral("@alice@mastodon.social hi"), 9, true);
        row("local mention", QStringLiteral("@alice hi"), 9, true);
        row("glued to a letter", QStringLiteral("mail bob@example.org"), 20, true);
        row("hashtag", QStringLiteral("#hashtag"), 8, true);
        row("CR LF", QStringLiteral("a\r\nb"), 3, true);
        row("ZWJ", kFamily, 1, true);
        row("server limits", QStringLiteral("https://example.com"), 30, true, -1, 1000, 30);
        row("501", repeated(QStringLiteral("a"), 501), 501, false, 500);
        row("over inside a URL", repeated(QStringLiteral("a"), 490) + u" https://example.com", 514,
            false, 491);
        // The over-limit start maps back from the text the server counts to the text as typed.
        row("over after a URL",
            QStringLiteral("https://example.com ") + repeated(QStringLiteral("a"), 480), 504, false,
            496);
        row("over after a remote mention",
            QStringLiteral("@alice@mastodon.social ") + repeated(QStringLiteral("a"), 495), 502,
            false, 516);
        row("over with graphemes", repeated(QStringLiteral("e\u0301"), 501), 501, false, 1000);
    }

    void mastodon()
    {
        QFETCH(QString, text);
        QFETCH(int, maxCharacters);
        QFETCH(int, urlCost);
        const TextCount count = MastodonCounter::count(text, {maxCharacters, urlCost});
        QTEST(count.length, "length");
        QTEST(count.valid, "valid");
        QTEST(count.overLimitStart, "overLimitStart");
        QCOMPARE(count.limit, maxCharacters);
    }

    void mastodonContentWarning()
    {
        const TextCount count =
            MastodonCounter::count(QStringLiteral("hello"), {}, QStringLiteral("CW"));
        QCOMPARE(count.length, 7);
        QVERIFY(count.valid);
        // A warning over the limit on its own: the text is over from its start.
        const TextCount over =
            MastodonCounter::count(QStringLiteral("hello"), {}, repeated(QStringLiteral("b"), 501));
        QCOMPARE(over.length, 506);
        QCOMPARE(over.overLimitStart, qsizetype(0));
        QCOMPARE(over.overLimitLength, qsizetype(5));
    }

    // mayStartAt() lets the counters skip a character: it may never skip one that starts an
    // emoji, checked over all of the Basic Multilingual Plane against the tables.
    void emojiStartFilter()
    {
        const QString tail = QStringLiteral("\uFE0F\u20E3");
        for (char32_t unit = 0; unit <= 0xFFFF; ++unit) {
            if (EmojiSequence::mayStartAt(char16_t(unit)))
                continue;
            QVERIFY2(!EmojiSequence::isEmoji(unit) && !EmojiSequence::isExtendedPictographic(unit),
                     qPrintable(QString::number(unit, 16)));
            const QString text = QChar(char16_t(unit)) + tail;
            QCOMPARE(EmojiSequence::lengthAt(text, 0), qsizetype(0));
        }
        QVERIFY(EmojiSequence::mayStartAt(u'7'));
        QVERIFY(EmojiSequence::mayStartAt(kFamily.at(0).unicode()));
    }

    void threads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::addColumn<qsizetype>("overLimitStart");
        QTest::newRow("empty") << QString() << 0 << qsizetype(-1);
        QTest::newRow("word") << QStringLiteral("hello") << 5 << qsizetype(-1);
        QTest::newRow("accented") << QStringLiteral("\u00E9") << 1 << qsizetype(-1);
        QTest::newRow("decomposed") << QStringLiteral("e\u0301") << 2 << qsizetype(-1);
        QTest::newRow("CJK") << QStringLiteral("\u65E5\u672C") << 2 << qsizetype(-1);
        QTest::newRow("smiley, text style") << QStringLiteral("\u263A") << 3 << qsizetype(-1);
        QTest::newRow("heart with VS16") << QStringLiteral("\u2764\uFE0F") << 6 << qsizetype(-1);
        QTest::newRow("thumbs up") << QStringLiteral("\U0001F44D") << 4 << qsizetype(-1);
        QTest::newRow("skin tone") << kThumbsMedium << 8 << qsizetype(-1);
        QTest::newRow("ZWJ family") << kFamily << 25 << qsizetype(-1);
        QTest::newRow("flag") << kFlag << 8 << qsizetype(-1);
        QTest::newRow("no flag") << regional("ABC") << 12 << qsizetype(-1);
        QTest::newRow("keycap") << QStringLiteral("1\uFE0F\u20E3") << 7 << qsizetype(-1);
        QTest::newRow("bare (C)") << QStringLiteral("\u00A9") << 1 << qsizetype(-1);
        QTest::newRow("over inside an emoji")
            << repeated(QStringLiteral("a"), 498) + QStringLiteral("\U0001F600") << 502
            << qsizetype(498);
    }

    void threads()
    {
        QFETCH(QString, text);
        const TextCount count = ThreadsCounter::count(text);
        QTEST(count.length, "length");
        QTEST(count.overLimitStart, "overLimitStart");
        QCOMPARE(count.valid, count.length > 0 && count.length <= 500);
    }

    void linkedIn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::addColumn<qsizetype>("overLimitStart");
        QTest::newRow("empty") << QString() << 0 << qsizetype(-1);
        QTest::newRow("word") << QStringLiteral("hello") << 5 << qsizetype(-1);
        QTest::newRow("emoji") << QStringLiteral("\U0001F600") << 2 << qsizetype(-1);
        QTest::newRow("math bold") << QStringLiteral("\U0001D401") << 2 << qsizetype(-1);
        QTest::newRow("3000") << repeated(QStringLiteral("a"), 3000) << 3000 << qsizetype(-1);
        QTest::newRow("3001") << repeated(QStringLiteral("a"), 3001) << 3001 << qsizetype(3000);
    }

    void linkedIn()
    {
        QFETCH(QString, text);
        const TextCount count = LinkedInCounter::count(text);
        QTEST(count.length, "length");
        QTEST(count.overLimitStart, "overLimitStart");
        QCOMPARE(count.valid, count.length > 0 && count.length <= 3000);
    }

    void facade()
    {
        const QList<PlatformCount> counts =
            PlatformCounts::countAll(QStringLiteral("Hi https://example.com \U0001F600"));
        QCOMPARE(counts.size(), allPlatforms().size());
        QCOMPARE(counts.at(0).platform, Platform::Twitter);
        QCOMPARE(counts.at(0).length, 3 + 23 + 1 + 2);
        QCOMPARE(counts.at(0).permillage, 103);
        QCOMPARE(counts.at(1).length, 24); // Bluesky, as typed
        QCOMPARE(counts.at(2).length, 28); // Mastodon, URL as 23
        QCOMPARE(counts.at(3).length, 27); // Threads: emoji is 4 bytes
        QCOMPARE(counts.at(4).length, 25); // LinkedIn: UTF-16
        PlatformCounts::Settings settings;
        settings.mastodon.maxCharacters = 11000;
        QCOMPARE(PlatformCounts::limitOf(Platform::Mastodon, settings), 11000);
        QCOMPARE(PlatformCounts::count(Platform::Mastodon, QStringLiteral("x"), settings).limit,
                 11000);
    }
};

QTEST_GUILESS_MAIN(TstPlatformCounters)
#include "tst_platformcounters.moc"
