// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/EmojiSequence.h"

#include "text/CodePoint.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace CreatorDesk {

namespace {
struct EmojiRange
{
    char32_t first;
    char32_t last;
};

#include "text/EmojiTable.inc"

constexpr char16_t kZeroWidthJoiner = 0x200D;
constexpr char16_t kVariationSelector16 = 0xFE0F;
constexpr char16_t kCombiningKeycap = 0x20E3;
constexpr char32_t kCancelTag = 0xE007F;

template<std::size_t N>
bool inRanges(const EmojiRange (&ranges)[N], char32_t codePoint)
{
    // First range whose end is not below the code point; the tables are sorted and disjoint.
    const auto it = std::lower_bound(
        std::begin(ranges), std::end(ranges), codePoint,
        [](const EmojiRange &range, char32_t value) { return range.last < value; });
    return it != std::end(ranges) && it->first <= codePoint;
}

bool isRegionalIndicator(char32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}
// Only pairs that name a region are one flag (twitter-text takes them from twemoji's list, which
// is Unicode's RGI set): indicators A, B, C in a row are three lone ones, each an emoji.
bool isFlagPair(char32_t first, char32_t second)
{
    return (kFlagSecondLetters[first - 0x1F1E6] >> (second - 0x1F1E6)) & 1u;
}
bool isModifier(char32_t c)
{
    return c >= 0x1F3FB && c <= 0x1F3FF;
}
bool isTag(char32_t c)
{
    return c >= 0xE0020 && c <= 0xE007E;
}
bool isKeycapBase(char32_t c)
{
    return (c >= u'0' && c <= u'9') || c == u'#' || c == u'*';
}
bool isTextByDefault(char32_t c)
{
    return c == 0xA9 || c == 0xAE || c == 0x2122;
}

// One element of a sequence at `position`: a pictograph with its optional VS16, skin tone and
// tag spec. Returns its UTF-16 length, 0 if no pictograph starts there.
qsizetype elementAt(QStringView text, qsizetype position, bool first)
{
    qsizetype units = 0;
    const char32_t base = codePointAt(text, position, &units);
    if (base < 0xA9)
        return 0;
    const bool pictograph =
        EmojiSequence::isEmoji(base) || (!first && EmojiSequence::isExtendedPictographic(base));
    if (!pictograph)
        return 0;
    qsizetype end = position + units;
    const bool hasVs16 = end < text.size() && text.at(end) == kVariationSelector16;
    if (hasVs16)
        ++end;
    else if (first && isTextByDefault(base))
        return 0;
    if (end < text.size()) {
        const char32_t next = codePointAt(text, end, &units);
        if (isModifier(next) && !isModifier(base))
            end += units;
    }
    // A tag spec (subdivision flags such as England) must close with CANCEL TAG to count.
    qsizetype tagEnd = end;
    bool sawTag = false;
    while (tagEnd < text.size()) {
        const char32_t next = codePointAt(text, tagEnd, &units);
        if (isTag(next)) {
            sawTag = true;
            tagEnd += units;
        } else {
            if (sawTag && next == kCancelTag)
                end = tagEnd + units;
            break;
        }
    }
    return end - position;
}
} // namespace

bool EmojiSequence::isEmoji(char32_t codePoint)
{
    return inRanges(kEmojiRanges, codePoint);
}

bool EmojiSequence::isExtendedPictographic(char32_t codePoint)
{
    return inRanges(kExtendedPictographicRanges, codePoint);
}

QString EmojiSequence::unicodeVersion()
{
    return QString::fromLatin1(kEmojiUnicodeVersion);
}

qsizetype EmojiSequence::lengthAt(QStringView text, qsizetype position)
{
    if (position < 0 || position >= text.size() || !mayStartAt(text[position].unicode()))
        return 0;
    qsizetype units = 0;
    const char32_t c = codePointAt(text, position, &units);

    if (isKeycapBase(c)) {
        qsizetype end = position + 1;
        if (end < text.size() && text.at(end) == kVariationSelector16)
            ++end;
        return end < text.size() && text.at(end) == kCombiningKeycap ? end + 1 - position : 0;
    }
    if (isRegionalIndicator(c)) {
        qsizetype nextUnits = 0;
        const qsizetype next = position + units;
        if (next < text.size()) {
            const char32_t second = codePointAt(text, next, &nextUnits);
            if (isRegionalIndicator(second) && isFlagPair(c, second))
                return units + nextUnits;
        }
        return units;
    }

    qsizetype end = position + elementAt(text, position, true);
    if (end == position)
        return 0;
    // Join further pictographs only across a ZWJ that is followed by one.
    while (end + 1 < text.size() && text.at(end) == kZeroWidthJoiner) {
        const qsizetype element = elementAt(text, end + 1, false);
        if (element == 0)
            break;
        end += 1 + element;
    }
    return end - position;
}

} // namespace CreatorDesk
