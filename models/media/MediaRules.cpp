// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaRules.h"

#include <algorithm>

namespace CreatorDesk {

namespace {
constexpr qint64 Megabyte = 1024 * 1024;

int countOf(const QList<MediaProbe::Kind> &kinds, bool videos)
{
    return int(std::count_if(kinds.begin(), kinds.end(), [videos](MediaProbe::Kind kind) {
        return (kind == MediaProbe::Kind::Video) == videos;
    }));
}
} // namespace

qint64 MediaRules::sizeLimit(MediaProbe::Kind kind)
{
    switch (kind) {
    case MediaProbe::Kind::Gif:
        return 15 * Megabyte;
    case MediaProbe::Kind::Video:
        return 512 * Megabyte;
    case MediaProbe::Kind::Image:
        break;
    }
    return 5 * Megabyte;
}

MediaRules::Allowance MediaRules::allowance(Platform platform)
{
    switch (platform) {
    case Platform::Twitter:
        return {4, 1};
    case Platform::Bluesky:
    case Platform::Mastodon:
        return {4, 0};
    case Platform::Threads:
        return {10, 1};
    case Platform::LinkedIn:
        return {20, 0};
    }
    return {};
}

QString MediaRules::sizeRefusal(const MediaProbe::Result &candidate)
{
    const qint64 limit = sizeLimit(candidate.kind);
    if (candidate.size <= limit)
        return {};
    const QString size = MediaProbe::sizeText(candidate.size);
    const int megabytes = int(limit / Megabyte);
    switch (candidate.kind) {
    case MediaProbe::Kind::Gif:
        return tr("%1 is %2; a GIF may be at most %3 MB.")
            .arg(candidate.fileName, size)
            .arg(megabytes);
    case MediaProbe::Kind::Video:
        return tr("%1 is %2; a video may be at most %3 MB.")
            .arg(candidate.fileName, size)
            .arg(megabytes);
    case MediaProbe::Kind::Image:
        break;
    }
    return tr("%1 is %2; a picture may be at most %3 MB.")
        .arg(candidate.fileName, size)
        .arg(megabytes);
}

QString MediaRules::refusal(const QList<Platform> &platforms,
                            const QList<MediaProbe::Kind> &attached,
                            const MediaProbe::Result &candidate)
{
    if (!candidate.ok())
        return candidate.message;
    if (QString tooLarge = sizeRefusal(candidate); !tooLarge.isEmpty())
        return tooLarge;
    const bool isVideo = candidate.kind == MediaProbe::Kind::Video;
    const int images = countOf(attached, false);
    const int videos = countOf(attached, true);
    for (Platform platform : platforms) {
        const Allowance allowed = allowance(platform);
        const QString name = platformDisplayName(platform);
        if (isVideo && allowed.videos == 0)
            return tr("%1 takes pictures only, no videos; %2 was not added.")
                .arg(name, candidate.fileName);
        if (isVideo && videos >= allowed.videos)
            return tr("%1 takes one video per post; %2 was not added.")
                .arg(name, candidate.fileName);
        if (isVideo && images > 0)
            return tr("On %1 a video cannot share a post with pictures; %2 was not added.")
                .arg(name, candidate.fileName);
        if (!isVideo && videos > 0)
            return tr("On %1 a post with a video takes nothing else; %2 was not added.")
                .arg(name, candidate.fileName);
        if (!isVideo && images >= allowed.images)
            return tr("%1 takes at most %n pictures per post; %2 was not added.", nullptr,
                      allowed.images)
                .arg(name, candidate.fileName);
    }
    return {};
}

QStringList MediaRules::problems(const QList<Platform> &platforms,
                                 const QList<MediaProbe::Kind> &attached)
{
    QStringList sentences;
    const int images = countOf(attached, false);
    const int videos = countOf(attached, true);
    for (Platform platform : platforms) {
        const Allowance allowed = allowance(platform);
        const QString name = platformDisplayName(platform);
        if (videos > 0 && allowed.videos == 0)
            sentences.append(
                tr("%1 takes pictures only; remove the video or that account.").arg(name));
        else if (videos > allowed.videos)
            sentences.append(tr("%1 takes one video per post; remove the others.").arg(name));
        else if (videos > 0 && images > 0)
            sentences.append(tr("On %1 a video cannot share a post with pictures.").arg(name));
        else if (images > allowed.images)
            sentences.append(tr("%1 takes at most %n pictures per post; this post has %2.", nullptr,
                                allowed.images)
                                 .arg(name)
                                 .arg(images));
    }
    return sentences;
}

} // namespace CreatorDesk
