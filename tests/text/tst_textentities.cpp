// SPDX-License-Identifier: GPL-3.0-or-later
// The entities every counter and the spell checker leave alone, table by table.
#include "text/TextEntities.h"

#include <QTest>

using namespace CreatorDesk;

namespace {
const QString kFamily =
    QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466");
const QString kThumbsMedium = QStringLiteral("\U0001F44D\U0001F3FD");

QString kindName(TextEntity::Kind kind)
{
    switch (kind) {
    case TextEntity::Kind::Url:
        return QStringLiteral("url");
    case TextEntity::Kind::Mention:
        return QStringLiteral("mention");
    case TextEntity::Kind::Hashtag:
        return QStringLiteral("hashtag");
    case TextEntity::Kind::Cashtag:
        return QStringLiteral("cashtag");
    case TextEntity::Kind::Emoji:
        return QStringLiteral("emoji");
    }
    return {};
}

// "url 4+19, hashtag 24+4": readable when a row fails.
QString describe(const QList<TextEntity> &entities)
{
    QStringList parts;
    for (const TextEntity &entity : entities)
        parts.append(QStringLiteral("%1 %2+%3")
                         .arg(kindName(entity.kind))
                         .arg(entity.start)
                         .arg(entity.length));
    return parts.join(QStringLiteral(", "));
}

QString describe(const QList<TextEntities::Mention> &mentions)
{
    QStringList parts;
    for (const TextEntities::Mention &mention : mentions)
        parts.append(QStringLiteral("%1+%2 @%3+%4")
                         .arg(mention.start)
                         .arg(mention.length)
                         .arg(mention.domainStart)
                         .arg(mention.domainLength));
    return parts.join(QStringLiteral(", "));
}
} // namespace

class TstTextEntities final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const QString &text, const char *expected) {
            QTest::newRow(name) << text << QString::fromUtf8(expected);
        };
        row("empty", QString(), "");
        row("prose", QStringLiteral("hello world, nothing here"), "");
        // URLs
        row("URL with scheme", QStringLiteral("see https://example.com/path ok"), "url 4+24");
        row("URL without scheme", QStringLiteral("visit example.com today"), "url 6+11");
        row("two URLs", QStringLiteral("a.co and b.org"), "url 0+4, url 9+5");
        row("email is neither URL nor mention", QStringLiteral("mail bob@example.org"), "");
        row("hashtag inside a URL loses", QStringLiteral("https://example.com/#anchor"),
            "url 0+27");
        // Mentions
        row("local mention", QStringLiteral("@bob hi"), "mention 0+4");
        row("remote mention", QStringLiteral("hi @alice@mastodon.social!"), "mention 3+22");
        row("mention after a word character", QStringLiteral("a@bob"), "");
        row("mention running into @", QStringLiteral("@alice@ hi"), "");
        row("mention running into ://", QStringLiteral("@alice://x"), "");
        row("mention after emoji", QStringLiteral("\U0001F389@bob"), "emoji 0+2, mention 2+4");
        // Hashtags
        row("hashtag", QStringLiteral("#hashtag here"), "hashtag 0+8");
        row("fullwidth sign", QStringLiteral("\uFF03\u30BF\u30B0"), "hashtag 0+3");
        row("accents, digits, underscore", QStringLiteral("#caf\u00E9_2024"), "hashtag 0+10");
        row("digits only", QStringLiteral("#123 #2024"), "");
        row("digits then letters", QStringLiteral("#123abc"), "hashtag 0+7");
        row("after a word character", QStringLiteral("abc#tag"), "");
        row("after &", QStringLiteral("&#tag"), "");
        row("running into another sign", QStringLiteral("#a#b"), "");
        row("running into ://", QStringLiteral("#tag://x"), "");
        row("after an emoji with VS16", QStringLiteral("\u2764\uFE0F#love"),
            "emoji 0+2, hashtag 2+5");
        row("after a lone surrogate", QStringLiteral("x ") + QChar(0xD800) + QStringLiteral("#tag"),
            "hashtag 3+4");
        row("keycap is an emoji", QStringLiteral("#\uFE0F\u20E3"), "emoji 0+3");
        row("ends at punctuation", QStringLiteral("(#tag)."), "hashtag 1+4");
        // Cashtags
        row("cashtag", QStringLiteral("$AAPL up"), "cashtag 0+5");
        row("lower case", QStringLiteral("buy $tsla"), "cashtag 4+5");
        row("with suffix", QStringLiteral("$BRK.B rises"), "cashtag 0+6");
        row("suffix too long", QStringLiteral("$BRK.BCD"), "cashtag 0+4");
        row("suffix cut at punctuation", QStringLiteral("$ABC_DE,"), "cashtag 0+7");
        row("seven letters", QStringLiteral("$ABCDEFG"), "");
        row("amount", QStringLiteral("$100"), "");
        row("after a word character", QStringLiteral("a$AB"), "");
        row("after $", QStringLiteral("$$AB"), "");
        row("in parentheses", QStringLiteral("($TSLA)"), "cashtag 1+5");
        row("letter after", QStringLiteral("$AB\u00E9"), "");
        // Emoji
        row("skin tone", QStringLiteral("ok ") + kThumbsMedium, "emoji 3+4");
        row("ZWJ family", kFamily, "emoji 0+11");
        row("flag", QStringLiteral("\U0001F1E9\U0001F1EA"), "emoji 0+4");
        row("text-style heart", QStringLiteral("\u2764"), "emoji 0+1");
        row("bare (C) is text", QStringLiteral("\u00A9 2024"), "");
        row("emoji glued to a word", QStringLiteral("\U0001F600recieve"), "emoji 0+2");
        // Everything at once
        row("mixed",
            QStringLiteral("Hello \U0001F44B\U0001F3FD https://example.com/path?q=1 "
                           "@user@mastodon.social #tag \u65E5\u672C\u8A9E "
                           "\U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F1E9\U0001F1EA "
                           "1\uFE0F\u20E3"),
            "emoji 6+4, url 11+28, mention 40+21, hashtag 62+4, emoji 71+8, emoji 80+4, "
            "emoji 85+3");
    }

    void extract()
    {
        QFETCH(QString, text);
        const QList<TextEntity> entities = TextEntities::extract(text);
        QTEST(describe(entities), "expected");
        // Whatever the text: sorted, not overlapping, not empty, inside the text.
        qsizetype previousEnd = 0;
        for (const TextEntity &entity : entities) {
            QVERIFY(entity.length > 0);
            QVERIFY(entity.start >= previousEnd);
            QVERIFY(entity.end() <= text.size());
            previousEnd = entity.end();
        }
    }

    void mentions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("local") << QStringLiteral("@alice") << QStringLiteral("0+6 @6+0");
        QTest::newRow("remote") << QStringLiteral("@alice@mastodon.social")
                                << QStringLiteral("0+22 @6+16");
        QTest::newRow("two, trailing dot") << QStringLiteral("hi @Bob_1 and @carol@example.org.")
                                           << QStringLiteral("3+6 @9+0, 14+18 @20+12");
        QTest::newRow("dotted local part") << QStringLiteral("@a.b") << QStringLiteral("0+4 @4+0");
        QTest::newRow("trailing dot not taken")
            << QStringLiteral("@alice.") << QStringLiteral("0+6 @6+0");
        QTest::newRow("after a letter") << QStringLiteral("a@b") << QString();
        QTest::newRow("after =") << QStringLiteral("=@x") << QString();
        QTest::newRow("after /") << QStringLiteral("/@x") << QString();
        QTest::newRow("into @") << QStringLiteral("@alice@") << QString();
        QTest::newRow("into ://") << QStringLiteral("@alice://") << QString();
        QTest::newRow("no @") << QStringLiteral("alice") << QString();
    }

    void mentions()
    {
        QFETCH(QString, text);
        QTEST(describe(TextEntities::mentions(text)), "expected");
    }
};

QTEST_GUILESS_MAIN(TstTextEntities)
#include "tst_textentities.moc"
