// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/ContentDtos.h"
#include "api/dto/PublishDtos.h"
#include "storage/DraftMedia.h"
#include "text/PlatformLimits.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CreatorDesk {

// What the person chose beyond the accounts.
struct PublishOptions
{
    // X. With a name: /twitter/publish's community object {id, name, description}; only an
    // id: the X accounts go through /publish/multi-platform, whose targets take a communityId.
    std::optional<Community> community;
    ReplyControl replyControl = ReplyControl::Default;           // Threads
    LinkedInVisibility visibility = LinkedInVisibility::Default; // LinkedIn
    QStringList langs;    // Bluesky and Mastodon; empty: the service's default
    QString quoteTweetId; // X: when set, each X account quotes this post (POST /twitter/quote)
    // Each account's own limit (X Premium, a Mastodon instance's), by account id; an account
    // not here has its platform's default.
    QHash<QString, PlatformLimits> accountLimits;

    // The id of a post from its link (https://x.com/user/status/ID) or the id itself; empty
    // when `text` is neither.
    static QString tweetIdFrom(const QString &text);
};

// One account and whether the draft may go there.
struct PlannedTarget
{
    SocialAccount account;
    bool allowed = true;
    QString blockedReason; // for a person, when not allowed
};

// One request to send: which endpoint, for which accounts.
struct PlannedRequest
{
    enum class Kind { Twitter, MultiPlatform, Bluesky, Mastodon, Threads, LinkedIn, Quote };

    Kind kind = Kind::Twitter;
    QList<SocialAccount> accounts;
};

// Decides, before anything is sent, where a draft can go and how: posts over a platform's
// limit block that platform (with the reason), the cost is 10 credits per account, a shortfall
// is said up front, and the accounts are grouped into as few requests as fit: X through
// /twitter/publish (its jobId makes a retry safe), platforms with options of their own through
// their own endpoint, and the rest together through /publish/multi-platform. A quote goes
// through /twitter/quote, once per X account, and is a single post.
//
// Media are never dropped: Bluesky's and Mastodon's own endpoints carry pictures only, by URL
// (imageUrls, one list for the request), so a draft whose media they cannot carry (a video,
// media after the first post, a URL not known) goes to them through /publish/multi-platform,
// which publishes the server draft with its media, even for one account; where their own
// endpoint is needed (a language choice), that account is held back with the reason.
class PublishPlan final
{
public:
    // `media`: the uploaded media of each post, as in PublishDraft::media; a server draft's
    // media whose URLs are not known have an invalid url.
    static PublishPlan make(const QStringList &posts, const QList<SocialAccount> &accounts,
                            const PublishOptions &options,
                            const QList<QList<DraftMedia>> &media = {});
    // Why imageUrls cannot carry `media` (Bluesky, Mastodon), in words; empty when they can.
    static QString imageUrlsRefusal(const QList<QList<DraftMedia>> &media);

    const QList<PlannedTarget> &targets() const { return m_targets; }
    const QList<PlannedRequest> &requests() const { return m_requests; }
    QList<SocialAccount> allowedAccounts() const;
    int cost() const;
    // Empty when the balance covers the cost; otherwise what is missing, in words.
    QString shortfall(qint64 balance) const;
    bool isEmpty() const { return m_requests.isEmpty(); }

private:
    QList<PlannedTarget> m_targets;
    QList<PlannedRequest> m_requests;
};

} // namespace CreatorDesk
