// SPDX-License-Identifier: GPL-3.0-or-later
// UrlExtractor's hand-written grammar against references: the PCRE regex it replaced, on
// random texts built from the pieces URLs are made of, and, where Node.js and the npm package
// twitter-text are at hand (scripts/bench.sh installs it), twitter-text's JavaScript itself,
// whose parseTweet the X counter is compared with on the same texts.
// Then the few places where PCRE and JavaScript read a character differently, and inputs that
// would take quadratic time in a naive matcher.
#include "RegexUrlExtractor.h"
#include "text/TwitterCounter.h"
#include "text/UrlExtractor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;
using namespace Qt::StringLiterals;

class TestUrlGrammar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsRegex_data();
    void sameAsRegex();
    void sameAsTwitterText();
    void javaScriptCaseRules_data();
    void javaScriptCaseRules();
    void longInputs_data();
    void longInputs();
};

Q_DECLARE_METATYPE(UrlExtractor::Mode)

namespace {
// Pieces of URLs and of the text around them. Left out: the few characters whose
// case-insensitive matches PCRE and JavaScript disagree on (tested on their own below), and
// characters beyond U+FFFF, which PCRE reads as one character and JavaScript as two units
// (so in JavaScript, and in the grammar, an emoji's second half may start a host).
const QStringList &pieces()
{
    static const QStringList kPieces = {
        u"http://"_s,   u"https://"_s, u"HTTPS://"_s, u"t.co/"_s,   u"T.CO/"_s,  u"ipfs://"_s,
        u"gemini://"_s, u"."_s,        u"."_s,        u"."_s,       u"."_s,      u"com"_s,
        u"co"_s,        u"jp"_s,       u"uk"_s,       u"COM"_s,     u"org"_s,    u"xn--"_s,
        u"p1ai"_s,      u"-"_s,        u"_"_s,        u"/"_s,       u"/"_s,      u"?"_s,
        u"("_s,         u")"_s,        u"a"_s,        u"b"_s,       u"Z"_s,      u"9"_s,
        u"80"_s,        u":"_s,        u"@"_s,        u"#"_s,       u"$"_s,      u" "_s,
        u" "_s,         u"\n"_s,       u","_s,        u"'"_s,       u"!"_s,      u"&"_s,
        u"="_s,         u"é"_s,        u"Ö"_s,        u"ф"_s,       u"рф"_s,     u"РФ"_s,
        u"日本"_s,      u"みんな"_s,   u"한국"_s,     u"\u200E"_s,  u"\u202A"_s, u"\uFEFF"_s,
        u"ß"_s,         u"~"_s,        u"|"_s,        u"["_s,       u"]"_s,      u"+"_s,
        u"%"_s,         u"\u2013"_s,   u"ｃｏｍ"_s,   u"\u3000"_s,  u"ǅ"_s,      u"ɓ"_s,
        u"ʀ"_s,         u"＠"_s,       u"example"_s,  u"twitter"_s, u"www."_s,   u"a_b"_s,
        u"ελ"_s,        u"ϵλ"_s,       u"中国"_s,
    };
    return kPieces;
}

QString randomText(QRandomGenerator &random, int pieceCount, const QStringList &extraPieces = {})
{
    const QStringList all = pieces() + extraPieces;
    QString text;
    for (int i = 0; i < pieceCount; ++i)
        text += all.at(random.bounded(all.size()));
    return text;
}

QString describe(const QList<ExtractedUrl> &urls)
{
    QStringList parts;
    for (const ExtractedUrl &url : urls)
        parts << u"%1@%2+%3%4"_s.arg(url.url)
                     .arg(url.start)
                     .arg(url.length)
                     .arg(url.hasScheme ? u" scheme"_s : QString());
    return u'[' + parts.join(u", "_s) + u']';
}

QString describeWithCount(const QString &text)
{
    const TwitterCount count = TwitterCounter::count(text);
    return describe(UrlExtractor::extract(text)) + u" %1 %2 %3 %4"_s.arg(count.weightedLength)
                                                       .arg(count.permillage)
                                                       .arg(count.valid ? u"true"_s : u"false"_s)
                                                       .arg(count.validRangeEnd);
}

QString escaped(const QString &text)
{
    return QString::fromLatin1(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
}

// twitter-text's own extractor and parseTweet over `texts`, through Node.js, written as
// describeWithCount() writes ours; empty when it is not at hand.
QList<QString> twitterTextUrls(const QStringList &texts)
{
    const QString modules = qEnvironmentVariable("CREATORDESK_TWITTER_TEXT_MODULES",
                                                 QStringLiteral(CREATORDESK_BENCH_JS_MODULES));
    if (!QFileInfo::exists(modules + u"/twitter-text"_s))
        return {};
    QProcess node;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"NODE_PATH"_s, modules);
    node.setProcessEnvironment(environment);
    // One line per text: the URLs with their UTF-16 indices, as describe() writes them.
    const QString script = uR"(
const tt = require('twitter-text');
const texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));
for (const text of texts) {
  const urls = tt.extractUrlsWithIndices(text).map(u =>
      `${u.url}@${u.indices[0]}+${u.indices[1] - u.indices[0]}` +
      (/^[a-z]+:\/\//i.test(u.url) ? ' scheme' : ''));
  const t = tt.parseTweet(text);
  console.log(JSON.stringify('[' + urls.join(', ') + '] ' +
      `${t.weightedLength} ${t.permillage} ${t.valid} ${t.validRangeEnd}`));
})"_s;
    node.start(u"node"_s, {u"-e"_s, script});
    if (!node.waitForStarted())
        return {};
    node.write(QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
    node.closeWriteChannel();
    if (!node.waitForFinished(120000) || node.exitCode() != 0)
        return {};
    QList<QString> results;
    for (const QByteArray &line : node.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            results << QJsonDocument::fromJson(u"[%1]"_s.arg(QString::fromUtf8(line)).toUtf8())
                           .array()
                           .at(0)
                           .toString();
    }
    return results;
}
} // namespace

void TestUrlGrammar::sameAsRegex_data()
{
    QTest::addColumn<UrlExtractor::Mode>("mode");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("pieceCount");
    QTest::addColumn<int>("minimumWithUrls");
    QTest::newRow("X, short texts") << UrlExtractor::Mode::Twitter << 1u << 6 << 1000;
    QTest::newRow("X, posts") << UrlExtractor::Mode::Twitter << 2u << 24 << 4000;
    QTest::newRow("X, long texts") << UrlExtractor::Mode::Twitter << 3u << 120 << 10000;
    QTest::newRow("Mastodon, posts") << UrlExtractor::Mode::SchemeRequired << 4u << 24 << 400;
    QTest::newRow("Mastodon, long texts")
        << UrlExtractor::Mode::SchemeRequired << 5u << 120 << 2000;
}

void TestUrlGrammar::sameAsRegex()
{
    QFETCH(UrlExtractor::Mode, mode);
    QFETCH(quint32, seed);
    QFETCH(int, pieceCount);
    QFETCH(int, minimumWithUrls);
    QRandomGenerator random(seed);
    int withUrls = 0;
    for (int i = 0; i < 20000; ++i) {
        const QString text = randomText(random, 1 + random.bounded(pieceCount));
        const QList<ExtractedUrl> expected = RegexUrlExtractor::extract(text, mode);
        const QList<ExtractedUrl> actual = UrlExtractor::extract(text, mode);
        if (describe(actual) != describe(expected))
            QFAIL(qPrintable(u"%1\n   grammar: %2\n     regex: %3"_s.arg(
                escaped(text), describe(actual), describe(expected))));
        withUrls += expected.isEmpty() ? 0 : 1;
    }
    // The pieces must make URLs often enough for the comparison to mean something.
    QVERIFY2(withUrls >= minimumWithUrls, qPrintable(QString::number(withUrls)));
}

void TestUrlGrammar::sameAsTwitterText()
{
    QRandomGenerator random(7);
    QStringList texts;
    for (int i = 0; i < 20000; ++i)
        texts << randomText(
            random, 1 + random.bounded(24),
            {u"😀"_s, u"\U0001D400"_s, QString(QChar(0xD800)), QString(QChar(0xDC00))});
    const QList<QString> expected = twitterTextUrls(texts);
    if (expected.isEmpty())
        QSKIP("Node.js with the npm package twitter-text is not at hand (scripts/bench.sh "
              "installs it; or set CREATORDESK_TWITTER_TEXT_MODULES)");
    QCOMPARE(expected.size(), texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString actual = describeWithCount(texts.at(i));
        if (actual != expected.at(i))
            QFAIL(qPrintable(u"%1\n       grammar: %2\n  twitter-text: %3"_s.arg(
                escaped(texts.at(i)), actual, expected.at(i))));
    }
}

// JavaScript's case-insensitive regexes never match a non-ASCII character to an ASCII one;
// PCRE does (U+212A KELVIN SIGN is a 'k' to it). The grammar follows twitter-text.
void TestUrlGrammar::javaScriptCaseRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("urls");
    QTest::newRow("kelvin sign ends a path")
        << u"http://example.com/\u212Aa"_s << u"[http://example.com/@0+19 scheme]"_s;
    QTest::newRow("kelvin sign is no TLD letter") << u"example.\u212Aitchen"_s << u"[]"_s;
    QTest::newRow("long s is no TLD letter") << u"example.\u017Fite "_s << u"[]"_s;
    QTest::newRow("kelvin sign may precede a URL")
        << u"\u212Aexample.com"_s << u"[example.com@1+11]"_s;
    QTest::newRow("lunate epsilon is a Greek TLD's epsilon")
        << u"https://παράδειγμα.\u03F5λ"_s << u"[https://παράδειγμα.\u03F5λ@0+21 scheme]"_s;
    QTest::newRow("kelvin sign in a TLD") << u"https://παράδειγμα.\u212Aa"_s << u"[]"_s;
    // JavaScript reads UTF-16 units: a lone surrogate is a domain character and may precede a
    // URL, but a host holding one has no IDNA form and is refused.
    QTest::newRow("lone surrogate in a host") << u"a"_s + QChar(0xD800) + u".com x"_s << u"[]"_s;
    QTest::newRow("lone surrogate before a host") << QChar(0xDC00) + u"b.com"_s << u"[b.com@1+5]"_s;
    QTest::newRow("lone surrogate after a path")
        << u"https://a.com/"_s + QChar(0xD800) << u"[https://a.com/@0+14 scheme]"_s;
    QTest::newRow("Cyrillic TLD in capitals")
        << u"https://пример.РФ/x"_s << u"[https://пример.РФ/x@0+19 scheme]"_s;
}

void TestUrlGrammar::javaScriptCaseRules()
{
    QFETCH(QString, text);
    QFETCH(QString, urls);
    QCOMPARE(describe(UrlExtractor::extract(text)), urls);
}

void TestUrlGrammar::longInputs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("urlCount");
    QTest::newRow("one long label, no TLD") << QString(100000, u'é') + u".zzzz"_s << 0;
    QTest::newRow("many short labels, no TLD") << u"a."_s.repeated(50000) + u"zzzz"_s << 0;
    QTest::newRow("many labels, a TLD at the end") << u"a."_s.repeated(1000) + u"com"_s << 1;
    QTest::newRow("hosts separated by spaces") << u"a.com "_s.repeated(20000) << 20000;
    QTest::newRow("a long path") << u"https://a.com/"_s + QString(100000, u'x') << 0;
    QTest::newRow("parentheses") << u"https://a.com/"_s + u"(x"_s.repeated(50000) << 1;
    QTest::newRow("underscored labels") << u"_a."_s.repeated(50000) + u"com"_s << 0;
}

void TestUrlGrammar::longInputs()
{
    QFETCH(QString, text);
    QFETCH(int, urlCount);
    QCOMPARE(UrlExtractor::extract(text).size(), urlCount);
}

QTEST_GUILESS_MAIN(TestUrlGrammar)
#include "tst_urlgrammar.moc"
