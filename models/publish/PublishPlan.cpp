// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/PublishPlan.h"

#include "api/ApiClient.h"
#include "text/PlatformCounts.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace CreatorDesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::PublishPlan)
};

// Why `posts` cannot go to `platform`, or nothing.
QString blockingReason(const QStringList &posts, Platform platform, const PublishOptions &options,
                       const PlatformLimits &limits)
{
    if (posts.isEmpty())
        return Tr::tr("The draft has no posts.");
    if (platform == Platform::Twitter && !options.quoteTweetId.isEmpty() && posts.size() > 1)
        return Tr::tr("A quote is a single post; this draft has %1.").arg(posts.size());
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const PlatformCount count = PlatformCounts::count(platform, posts.at(i), limits);
        if (count.length == 0)
            return Tr::tr("Post %1 is empty.").arg(i + 1);
        if (!count.valid)
            return Tr::tr("Post %1 is over %2's limit: %3 of %4.")
                .arg(i + 1)
                .arg(platformDisplayName(platform))
                .arg(count.length)
                .arg(count.limit);
    }
    return {};
}

bool hasOwnOptions(Platform platform, const PublishOptions &options)
{
    switch (platform) {
    case Platform::Threads:
        return options.replyControl != ReplyControl::Default;
    case Platform::LinkedIn:
        return options.visibility != LinkedInVisibility::Default;
    case Platform::Bluesky:
    case Platform::Mastodon:
        return !options.langs.isEmpty();
    case Platform::Twitter:
        return false;
    }
    return false;
}

PlannedRequest::Kind ownEndpoint(Platform platform)
{
    switch (platform) {
    case Platform::Twitter:
        return PlannedRequest::Kind::Twitter;
    case Platform::Bluesky:
        return PlannedRequest::Kind::Bluesky;
    case Platform::Mastodon:
        return PlannedRequest::Kind::Mastodon;
    case Platform::Threads:
        return PlannedRequest::Kind::Threads;
    case Platform::LinkedIn:
        return PlannedRequest::Kind::LinkedIn;
    }
    return PlannedRequest::Kind::MultiPlatform;
}

} // namespace

PublishPlan PublishPlan::make(const QStringList &posts, const QList<SocialAccount> &accounts,
                              const PublishOptions &options, const QList<QList<DraftMedia>> &media)
{
    PublishPlan plan;
    QList<SocialAccount> twitter;
    QList<SocialAccount> together;
    // Set when an account of `together` may only go through /publish/multi-platform.
    bool togetherOnly = false;
    const QString imageUrlsProblem = imageUrlsRefusal(media);
    const bool bareCommunity =
        options.community && options.community->name.isEmpty() && options.quoteTweetId.isEmpty();
    for (const SocialAccount &account : accounts) {
        PlannedTarget target{account, true, {}};
        if (!account.platform) {
            target.allowed = false;
            target.blockedReason =
                Tr::tr("Creator Desk does not know the platform \"%1\".").arg(account.platformName);
        } else {
            target.blockedReason = blockingReason(posts, *account.platform, options,
                                                  options.accountLimits.value(account.accountId));
            target.allowed = target.blockedReason.isEmpty();
        }
        const bool imageUrlsOnly = target.allowed && (*account.platform == Platform::Bluesky ||
                                                      *account.platform == Platform::Mastodon);
        const bool ownOptions = target.allowed && hasOwnOptions(*account.platform, options);
        if (imageUrlsOnly && ownOptions && !imageUrlsProblem.isEmpty()) {
            target.allowed = false;
            target.blockedReason =
                Tr::tr("The language choice needs %1's own endpoint, which cannot carry this "
                       "draft's media: %2. Publish without a language choice to send it "
                       "with its media.")
                    .arg(platformDisplayName(*account.platform), imageUrlsProblem);
        }
        plan.m_targets.append(target);
        if (!target.allowed)
            continue;
        if (*account.platform == Platform::Twitter && bareCommunity) {
            together.append(account); // the community goes as the target's communityId
            togetherOnly = true;
        } else if (*account.platform == Platform::Twitter) {
            twitter.append(account);
        } else if (ownOptions) {
            plan.m_requests.append({ownEndpoint(*account.platform), {account}});
        } else {
            together.append(account);
            togetherOnly = togetherOnly || (imageUrlsOnly && !imageUrlsProblem.isEmpty());
        }
    }
    if (!twitter.isEmpty() && !options.quoteTweetId.isEmpty()) {
        // The quote endpoint takes one account per request.
        for (auto it = twitter.crbegin(); it != twitter.crend(); ++it)
            plan.m_requests.prepend({PlannedRequest::Kind::Quote, {*it}});
    } else if (!twitter.isEmpty()) {
        plan.m_requests.prepend({PlannedRequest::Kind::Twitter, twitter});
    }
    if (together.size() == 1 && !togetherOnly)
        plan.m_requests.append({ownEndpoint(*together.first().platform), together});
    else if (!together.isEmpty())
        plan.m_requests.append({PlannedRequest::Kind::MultiPlatform, together});
    return plan;
}

QString PublishPlan::imageUrlsRefusal(const QList<QList<DraftMedia>> &media)
{
    for (qsizetype post = 0; post < media.size(); ++post) {
        for (const DraftMedia &item : media.at(post)) {
            if (post > 0)
                return Tr::tr("post %1 has media, and its pictures go with the first post only")
                    .arg(post + 1);
            if (item.type == QLatin1String("video"))
                return Tr::tr("it takes pictures, not videos");
            if (!item.url.isValid())
                return Tr::tr("the media's URLs are not known here");
        }
    }
    return {};
}

QString PublishOptions::tweetIdFrom(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression id(QStringLiteral("^[0-9]{1,25}$"));
    if (id.match(trimmed).hasMatch())
        return trimmed;
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString host = url.host().toLower();
    const bool xHost = host == QLatin1String("x.com") || host == QLatin1String("twitter.com") ||
                       host.endsWith(QLatin1String(".x.com")) ||
                       host.endsWith(QLatin1String(".twitter.com"));
    if (!url.isValid() || !xHost)
        return {};
    // /<user>/status/<id>[/...]
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype status = parts.indexOf(QStringLiteral("status"));
    if (status < 0 || status + 1 >= parts.size() || !id.match(parts.at(status + 1)).hasMatch())
        return {};
    return parts.at(status + 1);
}

QList<SocialAccount> PublishPlan::allowedAccounts() const
{
    QList<SocialAccount> accounts;
    for (const PlannedTarget &target : m_targets) {
        if (target.allowed)
            accounts.append(target.account);
    }
    return accounts;
}

int PublishPlan::cost() const
{
    return int(allowedAccounts().size()) * ApiClient::CreditsPerPlatformPublish;
}

QString PublishPlan::shortfall(qint64 balance) const
{
    const int needed = cost();
    if (balance >= needed)
        return {};
    return Tr::tr("Publishing costs %1 credits and your balance is %2: %3 more are needed.")
        .arg(needed)
        .arg(balance)
        .arg(needed - balance);
}

} // namespace CreatorDesk
