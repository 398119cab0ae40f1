// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/MastodonCounter.h"

#include "text/GraphemeClusters.h"
#include "text/TextEntities.h"
#include "text/UrlExtractor.h"

#include <QList>

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

// Where the character at `position` of the replaced text came from in the text as typed: the
// start of the span for a placeholder, the start of the text for the content warning (< 0).
qsizetype originOf(qsizetype position, const QList<Replacement> &spans)
{
    if (position < 0)
        return 0;
    qsizetype typed = 0;    // in the text as typed
    qsizetype replaced = 0; // in the replaced text
    for (const Replacement &span : spans) {
        const qsizetype kept = span.start - typed;
        if (position < replaced + kept)
            return typed + (position - replaced);
        replaced += kept;
        if (position < replaced + span.placeholderLength)
            return span.start;
        replaced += span.placeholderLength;
        typed = span.end;
    }
    return typed + (position - replaced);
}
} // namespace

TextCount MastodonCounter::count(const QString &text, const Settings &settings,
                                 const QString &contentWarning)
{
    TextCount result;
    result.limit = settings.maxCharacters;
    const bool blank = isBlank(text);
    const QList<Replacement> spans =
        blank ? QList<Replacement>() : replacements(text, settings.charactersReservedPerUrl);

    // The text the server counts: the content warning, then the text with each span replaced
    // (most texts have neither, and are counted as they are).
    QString replaced;
    const bool asTyped = contentWarning.isEmpty() && spans.isEmpty() && !blank;
    if (!asTyped) {
        replaced = contentWarning;
        qsizetype position = 0;
        for (const Replacement &span : spans) {
            replaced += QStringView(text).mid(position, span.start - position);
            replaced.resize(replaced.size() + span.placeholderLength, u'x');
            position = span.end;
        }
        if (!blank)
            replaced += QStringView(text).mid(position);
    }
    const QStringView countable = asTyped ? QStringView(text) : QStringView(replaced);

    qsizetype overLimitAt = -1; // in `countable`
    GraphemeClusters::forEach(countable, [&](qsizetype start, qsizetype) {
        if (++result.length > settings.maxCharacters && overLimitAt < 0)
            overLimitAt = start;
    });
    if (overLimitAt >= 0) {
        result.overLimitStart = originOf(overLimitAt - contentWarning.size(), spans);
        result.overLimitLength = text.size() - result.overLimitStart;
    }
    result.valid = !blank && !result.isOverLimit();
    return result;
}

} // namespace CreatorDesk
