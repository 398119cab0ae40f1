// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/PlatformCounts.h"

#include "text/BlueskyCounter.h"
#include "text/LinkedInCounter.h"
#include "text/ThreadsCounter.h"
#include "text/TwitterCounter.h"

#include <cmath>

namespace CreatorDesk {

namespace {
PlatformCount fromTextCount(Platform platform, const TextCount &count)
{
    PlatformCount result;
    result.platform = platform;
    result.length = count.length;
    result.limit = count.limit;
    result.valid = count.valid;
    result.permillage =
        count.limit > 0 ? int(std::floor(double(count.length) / count.limit * 1000.0)) : 0;
    result.overLimitStart = count.overLimitStart;
    result.overLimitLength = count.overLimitLength;
    return result;
}

const TwitterConfig &twitterConfig(const PlatformCounts::Settings &settings)
{
    return settings.xPremium ? TwitterConfig::v3Premium() : TwitterConfig::v3();
}
} // namespace

int PlatformCounts::limitOf(Platform platform, const Settings &settings)
{
    switch (platform) {
    case Platform::Twitter:
        return twitterConfig(settings).maxWeightedTweetLength;
    case Platform::Bluesky:
        return BlueskyCounter::kMaxGraphemes;
    case Platform::Mastodon:
        return settings.mastodon.maxCharacters;
    case Platform::Threads:
        return ThreadsCounter::kMaxLength;
    case Platform::LinkedIn:
        return LinkedInCounter::kMaxLength;
    }
    return 0;
}

PlatformCount PlatformCounts::count(Platform platform, const QString &text,
                                    const Settings &settings)
{
    switch (platform) {
    case Platform::Twitter: {
        const TwitterCount twitter = TwitterCounter::count(text, twitterConfig(settings));
        PlatformCount result = fromTextCount(platform, twitter.toTextCount());
        result.permillage = twitter.permillage;
        return result;
    }
    case Platform::Bluesky:
        return fromTextCount(platform, BlueskyCounter::count(text));
    case Platform::Mastodon:
        return fromTextCount(platform, MastodonCounter::count(text, settings.mastodon));
    case Platform::Threads:
        return fromTextCount(platform, ThreadsCounter::count(text));
    case Platform::LinkedIn:
        return fromTextCount(platform, LinkedInCounter::count(text));
    }
    return {};
}

QList<PlatformCount> PlatformCounts::countAll(const QString &text, const Settings &settings)
{
    QList<PlatformCount> counts;
    for (Platform platform : allPlatforms())
        counts.append(count(platform, text, settings));
    return counts;
}

} // namespace CreatorDesk
