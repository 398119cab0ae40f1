// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/UrlGrammar.h"

#include "text/TopLevelDomains.h"
#include "text/UrlCharacters.h"

#include <algorithm>

namespace CreatorDesk {

namespace {
bool is(QChar c, UrlCharacters::Class characterClass)
{
    return UrlCharacters::is(c.unicode(), characterClass);
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Whether `text` has `word` (upper-case ASCII) at `position`, in any case.
bool hasWordAt(QStringView text, qsizetype position, const char16_t *word)
{
    for (; *word; ++word, ++position) {
        if (position >= text.size() || UrlCharacters::canonical(text[position].unicode()) != *word)
            return false;
    }
    return true;
}
} // namespace

UrlGrammar::UrlGrammar(QStringView text, Schemes schemes)
    : m_text(text)
    , m_schemes(schemes)
{}

bool UrlGrammar::mayContainUrl(QStringView text)
{
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text[i] != u'.')
            continue;
        const char16_t after = text[i + 1].unicode();
        if ((after >= 0x80 || isAsciiLetter(after)) && is(text[i - 1], UrlCharacters::DomainChar))
            return true;
    }
    return false;
}

qsizetype UrlGrammar::queryEnd(QStringView text, qsizetype questionMark)
{
    qsizetype end = questionMark;
    for (qsizetype i = questionMark + 1; i < text.size() && is(text[i], UrlCharacters::QueryChar);
         ++i) {
        if (is(text[i], UrlCharacters::QueryEnding))
            end = i + 1;
    }
    return end;
}

std::optional<UrlMatch> UrlGrammar::find(qsizetype from)
{
    UrlMatch match;
    for (qsizetype p = regionStart(from); p >= 0 && p < m_text.size();) {
        // The regex tries the preceding character first and the start of the text second.
        if (is(m_text[p], UrlCharacters::Preceding) && matchAt(p + 1, &match)) {
            match.precedingStart = p;
            return match;
        }
        if (p == 0 && matchAt(0, &match))
            return match;
        ++p;
        if (p + 1 > m_regionDot)
            p = regionStart(p);
    }
    return std::nullopt;
}

// A host's first dot lies between two domain characters, and the text from the URL's start up
// to it holds only scheme and subdomain characters; so no match starts before the run of those
// characters in front of the first such dot (less one, for the preceding character).
qsizetype UrlGrammar::regionStart(qsizetype from)
{
    const auto mayPrecedeFirstDot = [](QChar c) {
        return UrlCharacters::isLabelChar(c.unicode()) || c == u':' || c == u'/';
    };
    for (qsizetype dot = from + 1; dot + 1 < m_text.size(); ++dot) {
        if (m_text[dot] != u'.' || !is(m_text[dot - 1], UrlCharacters::DomainChar) ||
            !is(m_text[dot + 1], UrlCharacters::DomainChar))
            continue;
        m_regionDot = dot;
        qsizetype start = dot - 1;
        while (start > from && mayPrecedeFirstDot(m_text[start - 1]))
            --start;
        return std::max(from, start - 1);
    }
    return -1;
}

bool UrlGrammar::matchAt(qsizetype start, UrlMatch *match)
{
    const qsizetype size = m_text.size();
    if (start >= size)
        return false;
    const qsizetype schemeLength = schemeLengthAt(start);
    const qsizetype hostStart = start + schemeLength;
    const qsizetype hostEnd = hostEndAt(hostStart);
    if (hostEnd < 0)
        return false;
    qsizetype end = hostEnd;
    if (end + 1 < size && m_text[end] == u':' &&
        UrlCharacters::isAsciiDigit(m_text[end + 1].unicode())) {
        end += 2;
        while (end < size && UrlCharacters::isAsciiDigit(m_text[end].unicode()))
            ++end;
    }
    const qsizetype pathStart = end;
    if (end < size && m_text[end] == u'/')
        end = pathEnd(end + 1);
    const qsizetype pathLength = end - pathStart;
    if (end < size && m_text[end] == u'?')
        end = queryEnd(m_text, end);
    *match = {-1, start, schemeLength, hostStart, hostEnd, pathLength, end};
    return true;
}

// Without a scheme the URL would start with "http" glued to ':', which is no host; so where a
// scheme is written, only the match that includes it can succeed.
qsizetype UrlGrammar::schemeLengthAt(qsizetype start) const
{
    static constexpr const char16_t *kHttp[] = {u"HTTPS", u"HTTP"};
    static constexpr const char16_t *kMastodon[] = {u"HTTPS", u"HTTP", u"DAT",    u"DWEB",  u"IPFS",
                                                    u"IPNS",  u"SSB",  u"GOPHER", u"GEMINI"};
    if (!isAsciiLetter(m_text[start].unicode()))
        return 0;
    const auto tryAll = [&](const auto &names) -> qsizetype {
        for (const char16_t *name : names) {
            if (!hasWordAt(m_text, start, name))
                continue;
            const qsizetype nameLength = std::char_traits<char16_t>::length(name);
            if (hasWordAt(m_text, start + nameLength, u"://"))
                return nameLength + 3;
        }
        return 0;
    };
    return m_schemes == Schemes::Http ? tryAll(kHttp) : tryAll(kMastodon);
}

// validSubdomain* validDomainName TLD, as the regex backtracks through it: as many
// dot-terminated labels as there are, then the TLD after the last dot whose label has no '_';
// failing that, after the dot before, and so on back to the first.
qsizetype UrlGrammar::hostEndAt(qsizetype hostStart)
{
    if (hostStart >= m_text.size() || !is(m_text[hostStart], UrlCharacters::DomainChar))
        return -1;
    if (hostStart < m_runStart || hostStart >= m_runEnd)
        readLabelRun(hostStart);
    const qsizetype dot = m_runEnd;
    if (dot >= m_text.size() || m_text[dot] != u'.' ||
        !is(m_text[dot - 1], UrlCharacters::DomainChar))
        return -1;
    if (dot != m_tailDot)
        readDomainTail(dot);
    if (m_tailHostEnd >= 0)
        return m_tailHostEnd;
    if (m_firstTldLength > 0 && m_lastUnderscore < hostStart)
        return dot + 1 + m_firstTldLength;
    return -1;
}

void UrlGrammar::readLabelRun(qsizetype from)
{
    m_runStart = from;
    m_lastUnderscore = -1;
    qsizetype end = from;
    for (; end < m_text.size() && UrlCharacters::isLabelChar(m_text[end].unicode()); ++end) {
        if (m_text[end] == u'_')
            m_lastUnderscore = end;
    }
    m_runEnd = end;
}

// The labels after `firstDot`, and the last of their dots that a known TLD follows. Hosts that
// start further along the same chain of labels reuse it, so a long chain is read once.
void UrlGrammar::readDomainTail(qsizetype firstDot)
{
    m_tailDot = firstDot;
    m_firstTldLength = TopLevelDomains::matchAt(m_text, firstDot + 1);
    const auto known = std::lower_bound(m_chainDots.cbegin(), m_chainDots.cend(), firstDot);
    if (known != m_chainDots.cend() && *known == firstDot) {
        const qsizetype index = known - m_chainDots.cbegin();
        m_tailHostEnd = m_chainBest > index ? m_chainHostEnd : -1;
        return;
    }
    m_chainDots = {firstDot};
    QList<bool> underscores{false};
    const qsizetype size = m_text.size();
    for (qsizetype labelStart = firstDot + 1;
         labelStart < size && is(m_text[labelStart], UrlCharacters::DomainChar);) {
        qsizetype end = labelStart;
        bool underscore = false;
        for (; end < size && UrlCharacters::isLabelChar(m_text[end].unicode()); ++end)
            underscore = underscore || m_text[end] == u'_';
        if (end >= size || m_text[end] != u'.' || !is(m_text[end - 1], UrlCharacters::DomainChar))
            break;
        m_chainDots.append(end);
        underscores.append(underscore);
        labelStart = end + 1;
    }
    m_chainBest = -1;
    m_chainHostEnd = -1;
    for (qsizetype i = m_chainDots.size() - 1; i >= 1; --i) {
        if (underscores.at(i))
            continue;
        if (const qsizetype tld = TopLevelDomains::matchAt(m_text, m_chainDots.at(i) + 1)) {
            m_chainBest = i;
            m_chainHostEnd = m_chainDots.at(i) + 1 + tld;
            break;
        }
    }
    m_tailHostEnd = m_chainHostEnd;
}

qsizetype UrlGrammar::pathCharRunEnd(qsizetype from) const
{
    while (from < m_text.size() && is(m_text[from], UrlCharacters::PathChar))
        ++from;
    return from;
}

// validUrlBalancedParens: "(chars)" or "(chars(chars)chars)", at most one level deep.
qsizetype UrlGrammar::balancedParensLength(qsizetype open) const
{
    const qsizetype size = m_text.size();
    const qsizetype first = pathCharRunEnd(open + 1);
    if (first < size && m_text[first] == u')' && first > open + 1)
        return first + 1 - open;
    if (first >= size || m_text[first] != u'(')
        return 0;
    const qsizetype inner = pathCharRunEnd(first + 1);
    if (inner == first + 1 || inner >= size || m_text[inner] != u')')
        return 0;
    const qsizetype last = pathCharRunEnd(inner + 1);
    return last < size && m_text[last] == u')' ? last + 1 - open : 0;
}

// The path after its '/': path characters and balanced parentheses, up to the last ending
// character or closing parenthesis among them (the regex's greedy runs give back the rest).
qsizetype UrlGrammar::pathEnd(qsizetype afterSlash) const
{
    qsizetype lastEnd = afterSlash;
    for (qsizetype i = afterSlash; i < m_text.size();) {
        const QChar c = m_text[i];
        if (is(c, UrlCharacters::PathChar)) {
            ++i;
            if (is(c, UrlCharacters::PathEnding))
                lastEnd = i;
        } else if (const qsizetype parens = c == u'(' ? balancedParensLength(i) : 0) {
            i += parens;
            lastEnd = i;
        } else {
            break;
        }
    }
    return lastEnd;
}

} // namespace CreatorDesk
