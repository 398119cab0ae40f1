// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/TextEntities.h"

#include "text/CodePoint.h"
#include "text/EmojiSequence.h"
#include "text/UrlExtractor.h"

#include <QRegularExpression>

#include <algorithm>

namespace CreatorDesk {

namespace {
constexpr char16_t kFullwidthNumberSign = 0xFF03;
constexpr char16_t kVariationSelector15 = 0xFE0E;
constexpr char16_t kVariationSelector16 = 0xFE0F;
constexpr char16_t kCombiningKeycap = 0x20E3;

// Mastodon's Account::MENTION_RE: not after '=', '/' or a word character; group 2 is the
// "@domain" of a remote mention.
const QRegularExpression &mentionPattern()
{
    static const QRegularExpression re = [] {
        QRegularExpression pattern(
            QStringLiteral(R"((?<![=/\w])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(@[\w.-]+\w)?)"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        pattern.optimize();
        return pattern;
    }();
    return re;
}

// The code point that ends just before `position`; 0 at the start of the text.
char32_t codePointBefore(QStringView text, qsizetype position)
{
    if (position <= 0)
        return 0;
    const QChar last = text.at(position - 1);
    if (last.isLowSurrogate() && position >= 2 && text.at(position - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(position - 2), last);
    return last.unicode();
}

// twitter-text's boundary for hashtags and cashtags: letters, marks, decimal digits, '_'.
bool isWordCharacter(char32_t c)
{
    return QChar::isLetter(c) || QChar::isMark(c) ||
           QChar::category(c) == QChar::Number_DecimalDigit || c == u'_';
}

// Besides word characters, twitter-text lets a hashtag run through joiners and the few
// punctuation marks that are written inside words (Hebrew geresh, Japanese middle dot, ...).
bool isHashtagCharacter(char32_t c)
{
    switch (c) {
    case 0x00B7:
    case 0x05BE:
    case 0x05F3:
    case 0x05F4:
    case 0x0F0B:
    case 0x0F0C:
    case 0x200C:
    case 0x200D:
    case 0x3003:
    case 0x301C:
    case 0x309B:
    case 0x309C:
    case 0x30A0:
    case 0x30FB:
    case 0xA67E:
    case 0xFF5E:
        return true;
    default:
        return isWordCharacter(c);
    }
}

bool isHashSign(QChar c)
{
    return c == u'#' || c == QChar(kFullwidthNumberSign);
}

// Length of the hashtag whose sign is at `position`, 0 if none starts there.
qsizetype hashtagAt(QStringView text, qsizetype position)
{
    const char32_t before = codePointBefore(text, position);
    // An emoji's variation selector is a mark, but a hashtag may follow the emoji.
    if (before == u'&' || (isWordCharacter(before) && before != kVariationSelector15 &&
                           before != kVariationSelector16))
        return 0;
    qsizetype end = position + 1;
    if (end < text.size() &&
        (text.at(end) == kVariationSelector16 || text.at(end) == kCombiningKeycap))
        return 0; // a keycap emoji
    bool hasLetter = false;
    while (end < text.size()) {
        qsizetype units = 0;
        const char32_t c = codePointAt(text, end, &units);
        if (!isHashtagCharacter(c))
            break;
        hasLetter = hasLetter || QChar::isLetter(c);
        end += units;
    }
    if (!hasLetter)
        return 0;
    // twitter-text's end_hashtag_match: no hashtag runs into another sign or a "://".
    const QStringView after = text.mid(end);
    if ((!after.isEmpty() && isHashSign(after.front())) || after.startsWith(u"://"))
        return 0;
    return end - position;
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

qsizetype asciiLettersFrom(QStringView text, qsizetype position)
{
    qsizetype end = position;
    while (end < text.size() && isAsciiLetter(text.at(end)))
        ++end;
    return end - position;
}

// What may follow a cashtag in twitter-text: the end, a space or ASCII punctuation.
bool endsCashtag(QStringView text, qsizetype position)
{
    if (position >= text.size())
        return true;
    const char16_t c = text.at(position).unicode();
    return text.at(position).isSpace() || (c >= u'!' && c <= u'/') || (c >= u':' && c <= u'@') ||
           (c >= u'[' && c <= u'`') || (c >= u'{' && c <= u'~');
}

// Length of the cashtag whose '$' is at `position`, 0 if none starts there.
qsizetype cashtagAt(QStringView text, qsizetype position)
{
    const char32_t before = codePointBefore(text, position);
    if (before == u'$' || isWordCharacter(before))
        return 0;
    const qsizetype symbol = asciiLettersFrom(text, position + 1);
    // Longer runs of letters have no valid end within six.
    if (symbol == 0 || symbol > 6)
        return 0;
    const qsizetype dot = position + 1 + symbol;
    if (dot < text.size() && (text.at(dot) == u'.' || text.at(dot) == u'_')) {
        const qsizetype suffix = asciiLettersFrom(text, dot + 1);
        if (suffix >= 1 && suffix <= 2 && endsCashtag(text, dot + 1 + suffix))
            return 1 + symbol + 1 + suffix;
    }
    return endsCashtag(text, dot) ? 1 + symbol : 0;
}

// Below U+00A9 only keycaps (0-9, # and * before U+20E3) start an emoji; this spares the call
// for plain ASCII.
bool mayStartEmoji(char16_t c)
{
    return c >= 0xA9 || (c >= u'0' && c <= u'9') || c == u'#' || c == u'*';
}

void appendTags(const QString &text, QList<TextEntity> &entities)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        qsizetype length = 0;
        TextEntity::Kind kind = TextEntity::Kind::Hashtag;
        if (isHashSign(c)) {
            length = hashtagAt(text, i);
        } else if (c == u'$') {
            length = cashtagAt(text, i);
            kind = TextEntity::Kind::Cashtag;
        }
        if (length > 0) {
            entities.append({kind, i, length});
            i += length - 1;
        }
    }
}

void appendEmoji(const QString &text, QList<TextEntity> &entities)
{
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        const qsizetype length = mayStartEmoji(c.unicode()) ? EmojiSequence::lengthAt(text, i) : 0;
        if (length > 0) {
            entities.append({TextEntity::Kind::Emoji, i, length});
            i += length;
        } else {
            i += c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate() ? 2
                                                                                               : 1;
        }
    }
}

bool byStart(const TextEntity &a, const TextEntity &b)
{
    return a.start < b.start;
}

// Whether `entity` overlaps one of `sorted`, which are sorted and do not overlap each other (so
// only the last one that starts before `entity` ends can reach into it).
bool overlapsAny(const QList<TextEntity> &sorted, const TextEntity &entity)
{
    const auto after =
        std::lower_bound(sorted.cbegin(), sorted.cend(), entity.end(),
                         [](const TextEntity &e, qsizetype end) { return e.start < end; });
    return after != sorted.cbegin() && std::prev(after)->end() > entity.start;
}
} // namespace

QList<TextEntities::Mention> TextEntities::mentions(const QString &text)
{
    QList<Mention> found;
    if (!text.contains(u'@'))
        return found;
    auto it = mentionPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        // twitter-text's end_mention_match: no mention runs into another '@' or a "://".
        const QStringView after = QStringView(text).mid(match.capturedEnd());
        if (after.startsWith(u'@') || after.startsWith(u"://"))
            continue;
        const bool remote = match.capturedLength(2) > 0;
        found.append({match.capturedStart(), match.capturedLength(),
                      remote ? match.capturedStart(2) : match.capturedEnd(),
                      remote ? match.capturedLength(2) : 0});
    }
    return found;
}

QList<TextEntity> TextEntities::extract(const QString &text)
{
    QList<TextEntity> urls;
    for (const ExtractedUrl &url : UrlExtractor::extract(text, UrlExtractor::Mode::Twitter))
        urls.append({TextEntity::Kind::Url, url.start, url.length});

    QList<TextEntity> candidates;
    for (const Mention &mention : mentions(text))
        candidates.append({TextEntity::Kind::Mention, mention.start, mention.length});
    appendTags(text, candidates);
    appendEmoji(text, candidates);
    std::stable_sort(candidates.begin(), candidates.end(), byStart);

    // A URL wins over whatever it overlaps (twitter-text drops hashtags inside URLs), then the
    // earlier entity wins, as in its remove_overlapping_entities.
    QList<TextEntity> others;
    for (const TextEntity &candidate : std::as_const(candidates)) {
        if (!others.isEmpty() && others.constLast().end() > candidate.start)
            continue;
        if (!overlapsAny(urls, candidate))
            others.append(candidate);
    }
    QList<TextEntity> entities;
    entities.reserve(urls.size() + others.size());
    std::merge(urls.cbegin(), urls.cend(), others.cbegin(), others.cend(),
               std::back_inserter(entities), byStart);
    return entities;
}

} // namespace CreatorDesk
