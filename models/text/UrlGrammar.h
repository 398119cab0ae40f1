// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/UrlMatch.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace CreatorDesk {

// twitter-text's URL pattern (extractUrl: preceding character, optional scheme, domain, port,
// path, query), matched by hand with the same results as its regex, backtracking included:
// the most labels whose last one is followed by a known TLD, a path up to its last allowed
// ending character, a query up to its last allowed ending character. No regex is compiled and
// a text is read about once, so counting a post costs microseconds from the first keystroke.
class UrlGrammar final
{
public:
    enum class Schemes {
        Http,     // twitter-text: "http://" or "https://", or none
        Mastodon, // Mastodon's server also accepts dat, dweb, ipfs, ipns, ssb, gopher, gemini
    };

    UrlGrammar(QStringView text, Schemes schemes);

    // The leftmost match at or after `from`, as the regex's exec() with lastIndex = from.
    std::optional<UrlMatch> find(qsizetype from);

    // Whether a text can hold a host at all: a dot between a domain character and a letter.
    static bool mayContainUrl(QStringView text);

    // After a '?' at `questionMark`: the end of the query (its last allowed ending character),
    // or `questionMark` itself when there is none.
    static qsizetype queryEnd(QStringView text, qsizetype questionMark);

private:
    bool matchAt(qsizetype start, UrlMatch *match);
    qsizetype schemeLengthAt(qsizetype start) const;
    qsizetype hostEndAt(qsizetype hostStart);
    void readLabelRun(qsizetype from);
    void readDomainTail(qsizetype firstDot);
    qsizetype pathEnd(qsizetype afterSlash) const;
    qsizetype balancedParensLength(qsizetype open) const;
    qsizetype pathCharRunEnd(qsizetype from) const;
    qsizetype regionStart(qsizetype from);

    QStringView m_text;
    Schemes m_schemes;
    // The run of subdomain characters last read ([m_runStart, m_runEnd)), and the last '_' in it:
    // every start inside one run ends its first label at the same place.
    qsizetype m_runStart = -1;
    qsizetype m_runEnd = -1;
    qsizetype m_lastUnderscore = -1;
    // What follows the first dot m_tailDot: where a host ends whose first label is a valid
    // subdomain (-1: nowhere), and the TLD right after that dot (0: none).
    qsizetype m_tailDot = -1;
    qsizetype m_tailHostEnd = -1;
    qsizetype m_firstTldLength = 0;
    // The chain of dot-terminated labels last read, and the index and host end of its last dot
    // that a TLD follows (-1: none), for every later first dot on the same chain.
    QList<qsizetype> m_chainDots;
    qsizetype m_chainBest = -1;
    qsizetype m_chainHostEnd = -1;
    // The first dot a host can have at or after the current search position.
    qsizetype m_regionDot = -1;
};

} // namespace CreatorDesk
