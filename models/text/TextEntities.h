// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace CreatorDesk {

// A piece of a text that is not prose: a URL, @mention, #hashtag, $cashtag or emoji sequence,
// in UTF-16 units.
struct TextEntity
{
    enum class Kind { Url, Mention, Hashtag, Cashtag, Emoji };
    Kind kind;
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    bool operator==(const TextEntity &) const = default;
};

// The entities of a text, found once for everyone who must leave them alone: the counters
// (Mastodon's mentions) and spelling, which never flags them.
class TextEntities final
{
public:
    // Mastodon's Account::MENTION_RE matches: each with its whole range and the range of its
    // "@domain" part (empty when local), already filtered by twitter-text's end_mention_match
    // rule (not followed by '@' or "://").
    struct Mention
    {
        qsizetype start, length, domainStart, domainLength;
    };
    static QList<Mention> mentions(const QString &text);

    // URLs (UrlExtractor, Twitter mode: with or without scheme), @mentions incl.
    // @user@instance, #hashtags (twitter-text-like: # or ＃ then letters/marks/digits/underscore
    // with at least one letter, not after a word char or &), $cashtags ($ + 1-6 ASCII letters,
    // optional ._ + 1-2 letters, not after word char or $), and emoji sequences
    // (EmojiSequence::lengthAt). Sorted by start, non-overlapping: a URL wins over anything it
    // overlaps, then the earlier entity wins.
    static QList<TextEntity> extract(const QString &text);
};

} // namespace CreatorDesk
