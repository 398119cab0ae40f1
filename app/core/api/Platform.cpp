// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Platform.h"

#include <QCoreApplication>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::Platform)
};
} // namespace

QString platformId(Platform platform)
{
    switch (platform) {
    case Platform::Twitter:
        return QStringLiteral("twitter");
    case Platform::Bluesky:
        return QStringLiteral("bluesky");
    case Platform::Mastodon:
        return QStringLiteral("mastodon");
    case Platform::Threads:
        return QStringLiteral("threads");
    case Platform::LinkedIn:
        return QStringLiteral("linkedin");
    }
    return {};
}

std::optional<Platform> platformFromId(const QString &id)
{
    for (Platform platform : allPlatforms()) {
        if (platformId(platform) == id)
            return platform;
    }
    return std::nullopt;
}

QString platformDisplayName(Platform platform)
{
    switch (platform) {
    case Platform::Twitter:
        return Tr::tr("X");
    case Platform::Bluesky:
        return Tr::tr("Bluesky");
    case Platform::Mastodon:
        return Tr::tr("Mastodon");
    case Platform::Threads:
        return Tr::tr("Threads");
    case Platform::LinkedIn:
        return Tr::tr("LinkedIn");
    }
    return {};
}

QList<Platform> allPlatforms()
{
    return {Platform::Twitter, Platform::Bluesky, Platform::Mastodon, Platform::Threads,
            Platform::LinkedIn};
}

} // namespace CreatorDesk
