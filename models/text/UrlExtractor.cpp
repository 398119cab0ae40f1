// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/UrlExtractor.h"

#include "text/Punycode.h"
#include "text/TopLevelDomains.h"
#include "text/UrlCharacters.h"
#include "text/UrlGrammar.h"

#include <QVarLengthArray>

namespace CreatorDesk {

namespace {
constexpr qsizetype kMaxUrlLength = 4096;
constexpr qsizetype kMaxTcoSlugLength = 40;
constexpr qsizetype kMaxLabelLength = 63;

struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
};

// validAsciiDomain's matches in a host, left to right: dot-terminated labels of ASCII letters,
// digits, '-' and Latin accents, then a TLD after the last dot that one follows.
QVarLengthArray<Span, 4> asciiDomains(QStringView host)
{
    const auto labelEnd = [host](qsizetype from) {
        while (from < host.size() &&
               UrlCharacters::is(host[from].unicode(), UrlCharacters::AsciiDomainLabel))
            ++from;
        return from;
    };
    QVarLengthArray<Span, 4> domains;
    for (qsizetype start = 0; start < host.size();) {
        const qsizetype firstDot = labelEnd(start);
        if (firstDot == start || firstDot >= host.size() || host[firstDot] != u'.') {
            start = firstDot + 1;
            continue;
        }
        QVarLengthArray<qsizetype, 8> dots{firstDot};
        for (qsizetype end = labelEnd(firstDot + 1);
             end > dots.last() + 1 && end < host.size() && host[end] == u'.';
             end = labelEnd(end + 1))
            dots.append(end);
        qsizetype next = firstDot + 1; // a start inside the first label meets the same dots
        for (auto dot = dots.crbegin(); dot != dots.crend(); ++dot) {
            if (const qsizetype tld = TopLevelDomains::matchAt(host, *dot + 1)) {
                domains.append({start, *dot + 1 + tld - start});
                next = *dot + 1 + tld;
                break;
            }
        }
        start = next;
    }
    return domains;
}

// Whether a host holds only ASCII letters, digits, '-' and '.'. Then validAsciiDomain matches
// all of it, once: its labels are non-empty runs of label characters and its last label is the
// TLD the URL grammar matched, followed by the end of the host.
bool isPlainAsciiHost(QStringView host)
{
    for (QChar c : host) {
        const char16_t u = c.unicode();
        const bool plain = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                           UrlCharacters::isAsciiDigit(u) || u == u'-' || u == u'.';
        if (!plain)
            return false;
    }
    return true;
}

// Length of the host once every label is DNS-encoded, or -1 when a label would be empty or
// longer than 63 characters, or when an "xn--" host is not plain ASCII punycode.
qsizetype asciiHostLength(QStringView host)
{
    if (host.startsWith(QLatin1String("xn--")) && !isPlainAsciiHost(host) &&
        asciiDomains(host).isEmpty())
        return -1;
    qsizetype length = 0;
    for (QStringView label : host.split(u'.')) {
        const qsizetype encoded = Punycode::encodedLabelLength(label);
        if (encoded < 1 || encoded > kMaxLabelLength)
            return -1;
        length += encoded + 1;
    }
    return length - 1;
}

bool isValidUrl(const UrlMatch &match, QStringView text)
{
    // twitter-text measures a scheme-less URL as if it had https://.
    const qsizetype schemeLength = match.schemeLength > 0 ? match.schemeLength : 8;
    const qsizetype hostLength = asciiHostLength(text.mid(match.hostStart, match.hostLength()));
    return hostLength >= 0 &&
           schemeLength + match.length() + hostLength - match.hostLength() <= kMaxUrlLength;
}

// A URL without a scheme: only the ASCII hosts inside the match count (twitter-text's
// validAsciiDomain); the last one takes the path with it.
void appendSchemeless(const UrlMatch &match, const QString &text, QList<ExtractedUrl> *urls)
{
    const QStringView host = QStringView(text).mid(match.hostStart, match.hostLength());
    const QVarLengthArray<Span, 4> domains =
        isPlainAsciiHost(host) ? QVarLengthArray<Span, 4>{{0, host.size()}} : asciiDomains(host);
    if (domains.isEmpty())
        return;
    for (const Span &domain : domains) {
        const qsizetype start = match.hostStart + domain.start;
        urls->append({text.mid(start, domain.length), start, domain.length, false});
    }
    if (match.pathLength > 0) {
        // The last host found takes the path with it.
        ExtractedUrl &last = urls->last();
        last.url += QStringView(text).mid(match.hostEnd, match.end - match.hostEnd);
        last.length = match.end - last.start;
    }
}

// validTcoUrl on a URL with a scheme: "http(s)://t.co/" and a slug of letters and digits, with
// an optional query; its length (0 when not a t.co link) and the slug's.
qsizetype tcoLength(QStringView url, qsizetype schemeLength, qsizetype *slugLength)
{
    const QStringView scheme = url.left(schemeLength);
    if (scheme.compare(u"https://", Qt::CaseInsensitive) != 0 &&
        scheme.compare(u"http://", Qt::CaseInsensitive) != 0)
        return 0;
    const QStringView host = url.mid(schemeLength);
    if (host.size() < 6 || host.left(5).compare(u"t.co/", Qt::CaseInsensitive) != 0)
        return 0;
    qsizetype end = schemeLength + 5;
    const auto isSlugChar = [](char16_t c) {
        const char16_t upper = UrlCharacters::canonical(c);
        return UrlCharacters::isAsciiDigit(c) || (upper >= u'A' && upper <= u'Z');
    };
    while (end < url.size() && isSlugChar(url[end].unicode()))
        ++end;
    *slugLength = end - schemeLength - 5;
    if (*slugLength == 0)
        return 0;
    if (end < url.size() && url[end] == u'?')
        end = UrlGrammar::queryEnd(url, end);
    return end;
}
} // namespace

QList<ExtractedUrl> UrlExtractor::extract(const QString &text, Mode mode)
{
    QList<ExtractedUrl> urls;
    if (!UrlGrammar::mayContainUrl(text) || (mode == Mode::SchemeRequired && !text.contains(u':')))
        return urls;
    UrlGrammar grammar(text, mode == Mode::Twitter ? UrlGrammar::Schemes::Http
                                                   : UrlGrammar::Schemes::Mastodon);
    // A match that is then refused still consumes its text, as in twitter-text's exec() loop.
    for (auto match = grammar.find(0); match; match = grammar.find(match->end)) {
        if (!isValidUrl(*match, text))
            continue;
        if (match->schemeLength == 0) {
            const char16_t before =
                match->precedingStart >= 0 ? text.at(match->precedingStart).unicode() : 0;
            if (mode == Mode::SchemeRequired || before == u'-' || before == u'_' ||
                before == u'.' || before == u'/')
                continue;
            appendSchemeless(*match, text, &urls);
            continue;
        }
        const QStringView url = QStringView(text).mid(match->start, match->length());
        qsizetype slugLength = 0;
        const qsizetype tco = tcoLength(url, match->schemeLength, &slugLength);
        if (tco > 0 && slugLength > kMaxTcoSlugLength)
            continue; // a t.co link ends after its slug (and query): a trailing "'s" is text
        const qsizetype length = tco > 0 ? tco : url.size();
        urls.append({url.left(length).toString(), match->start, length, true});
    }
    return urls;
}

} // namespace CreatorDesk
