// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/MastodonCounter.h"

#include "text/TextEntities.h"
#include "text/UrlExtractor.h"

#include <QList>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace CreatorDesk {

namespace {
bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

struct Replacement
{
    qsizetype start = 0;
    qsizetype end = 0;
    int placeholderLength = 0; // characters counted instead of the span
};

QList<Replacement> replacements(const QString &text, int urlCost)
{
    QList<Replacement> spans;
    for (const ExtractedUrl &url : UrlExtractor::extract(text, UrlExtractor::Mode::SchemeRequired))
        spans.append({url.start, url.end(), urlCost});
    for (const TextEntities::Mention &mention : TextEntities::mentions(text)) {
        // The server counts a remote mention as its local part: the "@domain" costs nothing.
        if (mention.domainLength == 0)
            continue;
        const qsizetype end = mention.start + mention.length;
        // Earlier entities win over overlapping ones, as in Extractor.remove_overlapping_entities.
        const bool overlaps = std::any_of(spans.cbegin(), spans.cend(), [&](const Replacement &s) {
            return mention.start < s.end && s.start < end;
        });
        if (!overlaps)
            spans.append({mention.domainStart, mention.domainStart + mention.domainLength, 0});
    }
    std::sort(spans.begin(), spans.end(),
              [](const Replacement &a, const Replacement &b) { return a.start < b.start; });
    return spans;
}
} // namespace

TextCount MastodonCounter::count(const QString &text, const Settings &settings,
                                 const QString &contentWarning)
{
    TextCount result;
    result.limit = settings.maxCharacters;
    const bool blank = isBlank(text);

    // Rebuild the text the server counts, remembering where each of its characters came from
    // (-1: the content warning), so the over-limit range points into the text as typed.
    QString countable = contentWarning;
    QList<qsizetype> origin(contentWarning.size(), -1);
    if (!blank) {
        qsizetype position = 0;
        const auto copy = [&](qsizetype from, qsizetype to) {
            countable += QStringView(text).mid(from, to - from);
            for (qsizetype i = from; i < to; ++i)
                origin.append(i);
        };
        for (const Replacement &span : replacements(text, settings.charactersReservedPerUrl)) {
            copy(position, span.start);
            countable += QString(span.placeholderLength, u'x');
            origin.insert(origin.size(), span.placeholderLength, span.start);
            position = span.end;
        }
        copy(position, text.size());
    }

    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, countable);
    qsizetype start = 0;
    for (qsizetype next = finder.toNextBoundary(); next != -1; next = finder.toNextBoundary()) {
        if (next == start)
            continue;
        ++result.length;
        if (!result.isOverLimit() && result.length > settings.maxCharacters) {
            result.overLimitStart = qMax(qsizetype(0), origin.at(start));
            result.overLimitLength = text.size() - result.overLimitStart;
        }
        start = next;
    }
    result.valid = !blank && !result.isOverLimit();
    return result;
}

} // namespace CreatorDesk
