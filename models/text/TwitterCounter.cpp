// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/TwitterCounter.h"

#include "text/EmojiSequence.h"
#include "text/UrlExtractor.h"

#include <QTextBoundaryFinder>

#include <cmath>

namespace CreatorDesk {

namespace {
bool isInvalidCharacter(char32_t c)
{
    return c == 0xFFFE || c == 0xFEFF || c == 0xFFFF;
}

constexpr char16_t kVariationSelector16 = 0xFE0F;
constexpr char16_t kCombiningKeycap = 0x20E3;

// The weight every ASCII character has under `config`, or -1 when a range splits ASCII.
int uniformAsciiWeight(const TwitterConfig &config)
{
    for (const TwitterConfig::Range &range : config.ranges) {
        if (range.start == 0 && range.end >= 0x7F)
            return range.weight;
        if (range.start <= 0x7F)
            return -1;
    }
    return config.defaultWeight;
}

// Below U+00A9 only keycaps (0-9, # and * followed by an optional VS16 and U+20E3) are emoji;
// this spares the per-character call for plain ASCII text.
bool mayStartEmoji(char16_t c)
{
    return c >= 0xA9 || (c >= u'0' && c <= u'9') || c == u'#' || c == u'*';
}

// Maps an index of the NFC text back to the original. Normalisation changes a text only inside
// grapheme clusters, so normalising cluster by cluster lines both texts up; if that ever fails
// to reproduce the whole NFC text, fall back to twitter-text's own correction (shift by the
// difference in length), which the conformance suite also accepts.
qsizetype toOriginalIndex(const QString &original, const QString &normalized, qsizetype index)
{
    const qsizetype shifted =
        qBound(qsizetype(0), index + original.size() - normalized.size(), original.size() - 1);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, original);
    qsizetype originalStart = 0;
    qsizetype normalizedStart = 0;
    for (qsizetype next = finder.toNextBoundary(); next != -1; next = finder.toNextBoundary()) {
        if (next == 0)
            continue;
        const QString piece = QStringView(original)
                                  .mid(originalStart, next - originalStart)
                                  .toString()
                                  .normalized(QString::NormalizationForm_C);
        if (QStringView(normalized).mid(normalizedStart, piece.size()) != piece)
            return shifted;
        const qsizetype normalizedEnd = normalizedStart + piece.size();
        if (index < normalizedEnd) {
            const qsizetype offset = index - normalizedStart;
            const qsizetype originalLength = next - originalStart;
            if (offset == piece.size() - 1)
                return next - 1; // the whole cluster fits
            return originalStart + qMin(offset, originalLength - 1);
        }
        originalStart = next;
        normalizedStart = normalizedEnd;
    }
    return shifted;
}
} // namespace

TwitterCount TwitterCounter::count(const QString &text, const TwitterConfig &config)
{
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    const QList<ExtractedUrl> urls = UrlExtractor::extract(normalized);
    const qint64 maxWeight = qint64(config.maxWeightedTweetLength) * config.scale;

    // Plain ASCII (no URL start, no keycap) is the common case: weighed without the checks
    // below when every ASCII character has the same weight.
    const int asciiWeight = uniformAsciiWeight(config);
    const auto isPlainAscii = [&](qsizetype i) {
        const char16_t c = normalized.at(i).unicode();
        if (c >= 0x80 || asciiWeight < 0)
            return false;
        if (!config.emojiParsingEnabled || !mayStartEmoji(c) || i + 1 >= normalized.size())
            return true;
        const char16_t next = normalized.at(i + 1).unicode();
        return next != kVariationSelector16 && next != kCombiningKeycap;
    };

    qint64 weight = 0;
    bool clean = true;
    qsizetype lastValidIndex = 0;
    qsizetype nextUrl = 0;
    for (qsizetype i = 0; i < normalized.size();) {
        const qsizetype nextUrlStart =
            nextUrl < urls.size() ? urls.at(nextUrl).start : normalized.size();
        if (i != nextUrlStart && isPlainAscii(i)) {
            weight += asciiWeight;
            if (clean && weight <= maxWeight)
                lastValidIndex = i;
            ++i;
            continue;
        }
        qsizetype end = i;
        qsizetype emojiLength = 0;
        if (i == nextUrlStart) {
            weight += qint64(config.transformedUrlLength) * config.scale;
            end = urls.at(nextUrl).end();
            ++nextUrl;
        } else if (config.emojiParsingEnabled && mayStartEmoji(normalized.at(i).unicode()) &&
                   (emojiLength = EmojiSequence::lengthAt(normalized, i)) > 0) {
            weight += config.defaultWeight;
            end = i + emojiLength;
        } else {
            char32_t c = normalized.at(i).unicode();
            end = i + 1;
            if (QChar::isHighSurrogate(c) && end < normalized.size() &&
                normalized.at(end).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(normalized.at(i), normalized.at(end));
                ++end;
            }
            weight += config.weightOf(c);
            clean = clean && !isInvalidCharacter(c);
        }
        // URLs never overlap, but an emoji may have swallowed the start of one.
        while (nextUrl < urls.size() && urls.at(nextUrl).start < end)
            ++nextUrl;
        if (clean && weight <= maxWeight)
            lastValidIndex = end - 1;
        i = end;
    }

    TwitterCount result;
    result.maxWeightedLength = config.maxWeightedTweetLength;
    result.weightedLength = int(weight / config.scale);
    result.valid = clean && result.weightedLength > 0 &&
                   result.weightedLength <= config.maxWeightedTweetLength;
    // Computed in doubles, as twitter-text does, so the rounding matches to the last digit.
    result.permillage = int(
        std::floor(double(result.weightedLength) / double(config.maxWeightedTweetLength) * 1000.0));
    result.textLength = text.size();
    result.displayRangeEnd = text.isEmpty() ? 0 : text.size() - 1;
    result.validRangeEnd = normalized == text || text.isEmpty()
                               ? lastValidIndex
                               : toOriginalIndex(text, normalized, lastValidIndex);
    return result;
}

} // namespace CreatorDesk
