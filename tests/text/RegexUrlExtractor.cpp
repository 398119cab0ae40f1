// SPDX-License-Identifier: GPL-3.0-or-later
// The URL extractor as it was before the hand-written grammar: twitter-text's pattern compiled
// into one PCRE regex. Kept beside the tests as the reference the grammar is compared with.
#include "RegexUrlExtractor.h"

#include "text/Punycode.h"

#include <QRegularExpression>

#include <array>
#include <map>
#include <string>

namespace CreatorDesk::Testing {

namespace {
#include "text/TwitterTlds.inc"

constexpr qsizetype kMaxUrlLength = 4096;
constexpr qsizetype kMaxTcoSlugLength = 40;
constexpr qsizetype kMaxLabelLength = 63;

QString latin1(const char *pattern)
{
    return QString::fromLatin1(pattern);
}

// The TLDs as a prefix tree ("c(?:o(?:m|op)?|at)" rather than "com|coop|co|cat"): the same
// strings, but PCRE compiles and JIT-compiles it in a fraction of the time of 1,600 flat
// alternatives and tries each position only once per letter. Where one TLD is a prefix of
// another, the longer one is tried first (the greedy "?"), as the flat list orders them; for
// all other TLDs at most one can match before the TLD end check, so order does not matter.
struct TldTrie
{
    std::map<char32_t, TldTrie> children;
    bool terminal = false;

    void insert(const std::u32string &tld, std::size_t from = 0)
    {
        if (from == tld.size()) {
            terminal = true;
            return;
        }
        children[tld[from]].insert(tld, from + 1);
    }

    // Children that end a TLD become one character class ("co[mop]"): JIT-compiling a class
    // is far cheaper than one branch per letter. Siblings start with different characters, so
    // at most one of them matches and their order does not matter.
    QString pattern() const
    {
        QStringList alternatives;
        QString lastLetters;
        for (const auto &[codePoint, child] : children) {
            if (child.children.empty())
                lastLetters += QString::fromUcs4(&codePoint, 1);
            else
                alternatives << QString::fromUcs4(&codePoint, 1) + child.pattern();
        }
        if (lastLetters.size() > 1 || (lastLetters.size() == 1 && lastLetters.at(0).isSurrogate()))
            alternatives << u'[' + lastLetters + u']';
        else if (!lastLetters.isEmpty())
            alternatives << lastLetters;
        if (alternatives.isEmpty())
            return {};
        if (alternatives.size() == 1 && !terminal)
            return alternatives.constFirst();
        return u"(?:" % alternatives.join(u'|') % (terminal ? u")?" : u")");
    }
};

QString tldAlternation(const char *utf8List)
{
    TldTrie trie;
    // The generator ends every entry, the last one too, with a bar.
    for (QStringView tld : QString::fromUtf8(utf8List).split(u'|', Qt::SkipEmptyParts))
        trie.insert(tld.toString().toStdU32String());
    return trie.pattern();
}

// The pieces of twitter-text's URL grammar, written as PCRE classes. Building them is costly
// (about 1,600 TLDs), so it happens once per process.
struct UrlPatterns
{
    QRegularExpression twitterUrl;
    QRegularExpression mastodonUrl;
    QRegularExpression asciiDomain;
    QRegularExpression tcoUrl;

    UrlPatterns()
    {
        const QString spaces = latin1(R"(\x{09}-\x{0D}\x{20}\x{85}\x{A0}\x{1680}\x{180E})"
                                      R"(\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F})"
                                      R"(\x{3000})");
        const QString invalid = latin1(R"(\x{FFFE}\x{FEFF}\x{FFFF})");
        const QString directional = latin1(R"(\x{061C}\x{200E}\x{200F}\x{202A}-\x{202E})"
                                           R"(\x{2066}-\x{2069})");
        const QString punct = latin1(R"(!'#%&()*+,\\\-./:;<=>?@\[\]\^_{|}~$)");
        const QString latinAccents =
            latin1(R"(\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{FF}\x{100}-\x{24F}\x{253}\x{254}\x{256})"
                   R"(\x{257}\x{259}\x{25B}\x{263}\x{268}\x{26F}\x{272}\x{289}\x{28B}\x{2BB})"
                   R"(\x{300}-\x{36F}\x{1E00}-\x{1EFF})");
        const QString cyrillic = latin1(R"(\x{0400}-\x{04FF})");

        const QString domainChar = u"[^" % punct % spaces % invalid % directional % u']';
        // A label starts and ends with a domain character; subdomains may also hold '_'. The
        // possessive forms match the same strings as twitter-text's but cannot backtrack.
        const QString subdomain = u"(?:" % domainChar % u"(?:[_-]*+" % domainChar % u")*+\\.)";
        const QString domainName = u"(?:" % domainChar % u"(?:-*+" % domainChar % u")*+\\.)";
        const QString tldEnd = latin1(R"((?=[^0-9a-z@+-]|$))");
        const QString gTld = u"(?:(?:" % tldAlternation(kTwitterGenericTlds) % u')' % tldEnd % u')';
        const QString ccTld =
            u"(?:(?:" % tldAlternation(kTwitterCountryTlds) % u')' % tldEnd % u')';
        const QString punycode = latin1(R"((?:xn--[-0-9a-z]+))");
        const QString anyTld = u"(?:" % gTld % u'|' % ccTld % u'|' % punycode % u')';
        const QString domain = u"(?:" % subdomain % u'*' % domainName % anyTld % u')';

        const QString pathChar = u"[a-z" % cyrillic %
                                 latin1(R"(0-9!*';:=+,.$/%#\[\]\-\x{2013}_~&|@)") % latinAccents %
                                 u']';
        const QString balancedParens = u"\\((?:" % pathChar % u"+|(?:" % pathChar % u"*\\(" %
                                       pathChar % u"+\\)" % pathChar % u"*))\\)";
        const QString pathEnd =
            u"(?:[+\\-a-z" % cyrillic % u"0-9=_#/" % latinAccents % u"]|" % balancedParens % u')';
        const QString path = u"(?:(?:" % pathChar % u"*(?:" % balancedParens % pathChar % u"*)*" %
                             pathEnd % u")|(?:" % pathChar % u"+/))";
        const QString query = latin1(R"((?:\?[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*)"
                                     R"([a-z0-9\-_&=#/]))");

        const QString preceding =
            u"(?:[^A-Za-z0-9@\\x{FF20}$#\\x{FF03}" % invalid % u"]|[" % directional % u"]|^)";
        // Groups: 1 preceding character, 2 URL, 3 scheme, 4 host, 5 port, 6 path, 7 query.
        const auto urlPattern = [&](const QString &schemes) -> QString {
            return u'(' % preceding % u")((" % schemes % u")?(" % domain % u")(?::([0-9]+))?(/" %
                   path % u"*)?(" % query % u")?)";
        };
        const auto options = QRegularExpression::CaseInsensitiveOption;
        twitterUrl = QRegularExpression(urlPattern(latin1("https?://")), options);
        // Mastodon's server extends twitter-text's scheme list
        // (config/initializers/twitter_regex.rb).
        mastodonUrl = QRegularExpression(
            urlPattern(latin1("(?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini)://")), options);
        asciiDomain =
            QRegularExpression(u"(?:[\\-a-z0-9" % latinAccents % u"]+\\.)+" % anyTld, options);
        tcoUrl = QRegularExpression(u"^https?://t\\.co/([a-z0-9]+)" % query % u'?', options);
        // Each pattern compiles on its first match, so X counting never pays for Mastodon's.
        for (QRegularExpression *re : {&twitterUrl, &mastodonUrl, &asciiDomain, &tcoUrl})
            Q_ASSERT_X(re->isValid(), "UrlPatterns", qPrintable(re->errorString()));
    }
};

const UrlPatterns &patterns()
{
    static const UrlPatterns instance;
    return instance;
}

// Whether a host the URL regex matched holds only ASCII letters, digits, '-' and '.'. Then
// asciiDomain matches all of it, once: its labels are non-empty runs of asciiDomain's
// characters and its last label is the TLD the URL regex matched, followed by the end of the
// host. Most hosts are like this and need no second regex.
bool isPlainAsciiHost(QStringView host)
{
    for (QChar c : host) {
        const char16_t u = c.unicode();
        const bool plain = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                           (u >= u'0' && u <= u'9') || u == u'-' || u == u'.';
        if (!plain)
            return false;
    }
    return true;
}

// Length of the host once every label is DNS-encoded, or -1 when a label would be empty or
// longer than 63 characters, or when an "xn--" host is not plain ASCII punycode.
qsizetype asciiHostLength(const QString &host)
{
    if (host.startsWith(QLatin1String("xn--")) && !isPlainAsciiHost(host) &&
        !patterns().asciiDomain.match(host).hasMatch())
        return -1;
    qsizetype length = 0;
    for (QStringView label : QStringView(host).split(u'.')) {
        const qsizetype encoded = Punycode::encodedLabelLength(label);
        if (encoded < 1 || encoded > kMaxLabelLength)
            return -1;
        length += encoded + 1;
    }
    return length - 1;
}

bool isValidUrl(const QString &url, qsizetype schemeLength, const QString &host)
{
    const qsizetype hostLength = asciiHostLength(host);
    if (hostLength < 0)
        return false;
    return schemeLength + url.size() + hostLength - host.size() <= kMaxUrlLength;
}

// A URL without a scheme: only the ASCII hosts inside the match count (twitter-text's
// validAsciiDomain); the last one takes the path with it.
void appendSchemeless(const QRegularExpressionMatch &match, QList<ExtractedUrl> *urls)
{
    const QString url = match.captured(2);
    const QString host = match.captured(4);
    const bool hasPath = match.capturedLength(6) > 0;
    const qsizetype hostStart = match.capturedStart(4);
    qsizetype lastIndex = -1;
    if (isPlainAsciiHost(host)) {
        urls->append({host, hostStart, host.size(), false});
        lastIndex = urls->size() - 1;
    }
    auto it = lastIndex >= 0 ? QRegularExpressionMatchIterator()
                             : patterns().asciiDomain.globalMatch(host);
    while (it.hasNext()) {
        const QRegularExpressionMatch ascii = it.next();
        const QString name = ascii.captured();
        urls->append({name, hostStart + ascii.capturedStart(), name.size(), false});
        lastIndex = urls->size() - 1;
    }
    if (hasPath && lastIndex >= 0) {
        // The last host found takes the path with it.
        ExtractedUrl &last = (*urls)[lastIndex];
        last.url = last.url + url.mid(host.size());
        last.length = match.capturedEnd(2) - last.start;
    }
}
// Every host has a dot between a domain character (never ASCII space or punctuation) and the
// first letter of a TLD (an ASCII letter, or a non-ASCII character: IDN TLDs, and case folding
// lets e.g. U+212A KELVIN SIGN match 'k'). Texts without such a dot cannot hold a URL and skip
// the regex, which costs far more than this scan.
// The ASCII characters domainChar excludes: the punctuation class and the ASCII spaces.
constexpr char kAsciiNonDomainChars[] = "!'#%&()*+,\\-./:;<=>?@[]^_{|}~$\t\n\v\f\r ";

// Whether `c` may be a domainChar: any non-ASCII character (a superset, which is safe).
constexpr std::array<bool, 128> asciiDomainCharTable()
{
    std::array<bool, 128> table{};
    table.fill(true);
    for (const char *c = kAsciiNonDomainChars; *c; ++c)
        table[std::size_t(*c)] = false;
    return table;
}

bool mayBeDomainChar(char16_t c)
{
    static constexpr std::array<bool, 128> kTable = asciiDomainCharTable();
    return c >= 0x80 || kTable[c];
}

bool mayContainUrl(QStringView text)
{
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text[i] != u'.')
            continue;
        const char16_t after = text[i + 1].unicode();
        const bool tldLetterAfter =
            after >= 0x80 || (after >= u'a' && after <= u'z') || (after >= u'A' && after <= u'Z');
        if (tldLetterAfter && mayBeDomainChar(text[i - 1].unicode()))
            return true;
    }
    return false;
}

// Where the regex needs to start looking for the next match at or after `from`, or -1 when no
// match can start there. A match's first dot lies between two domain characters, and the text
// from the URL's start up to that dot holds only scheme and domain characters, '_' and '-'; so
// no match starts before the first such dot's run of those characters (less one for the
// preceding character). Starting the regex there instead of at `from` finds the same match
// without trying every position of the text in between.
qsizetype searchStart(QStringView text, qsizetype from)
{
    const auto mayPrecedeFirstDot = [](char16_t c) {
        return mayBeDomainChar(c) || c == u'_' || c == u'-' || c == u':' || c == u'/';
    };
    for (qsizetype dot = from + 1; dot + 1 < text.size(); ++dot) {
        if (text[dot] != u'.' || !mayBeDomainChar(text[dot - 1].unicode()) ||
            !mayBeDomainChar(text[dot + 1].unicode()))
            continue;
        qsizetype start = dot - 1;
        while (start > from && mayPrecedeFirstDot(text[start - 1].unicode()))
            --start;
        return qMax(from, start - 1);
    }
    return -1;
}
} // namespace

QList<ExtractedUrl> RegexUrlExtractor::extract(const QString &text, UrlExtractor::Mode mode)
{
    QList<ExtractedUrl> urls;
    // PCRE rejects a subject with a lone surrogate outright, so such a text has never had URLs;
    // searchStart() below may start past the lone surrogate, so check it here.
    if (!mayContainUrl(text) ||
        (mode == UrlExtractor::Mode::SchemeRequired && !text.contains(u':')) ||
        !text.isValidUtf16())
        return urls;
    const QRegularExpression &re =
        mode == UrlExtractor::Mode::Twitter ? patterns().twitterUrl : patterns().mastodonUrl;
    // The same matches, in the same order, as re.globalMatch(text) (matches are never empty).
    for (qsizetype from = searchStart(text, 0); from >= 0; from = searchStart(text, from)) {
        const QRegularExpressionMatch match = re.match(text, from);
        if (!match.hasMatch())
            break;
        from = match.capturedEnd(0);
        const QString url = match.captured(2);
        const qsizetype schemeLength = match.capturedLength(3);
        // twitter-text measures a scheme-less URL as if it had https://.
        if (!isValidUrl(url, schemeLength > 0 ? schemeLength : 8, match.captured(4)))
            continue;
        if (schemeLength == 0) {
            const QString before = match.captured(1);
            if (mode == UrlExtractor::Mode::SchemeRequired || before == u"-" || before == u"_" ||
                before == u"." || before == u"/")
                continue;
            appendSchemeless(match, &urls);
            continue;
        }
        const QRegularExpressionMatch tco = patterns().tcoUrl.match(url);
        if (tco.hasMatch()) {
            // A t.co link ends after its slug (and query): a trailing "'s" is text.
            if (tco.capturedLength(1) > kMaxTcoSlugLength)
                continue;
            urls.append({tco.captured(), match.capturedStart(2), tco.capturedLength(), true});
            continue;
        }
        urls.append({url, match.capturedStart(2), url.size(), true});
    }
    return urls;
}

} // namespace CreatorDesk::Testing
