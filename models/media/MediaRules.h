// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Platform.h"
#include "probe/MediaProbe.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace CreatorDesk {

// What a post may carry, per platform (seed 003, "Media Upload" and "Platform Reference"):
// images up to 5 MB, GIFs up to 15 MB, videos up to 512 MB; X 4 images or 1 video, Bluesky and
// Mastodon 4 images, Threads 10 photos or 1 video, LinkedIn 20 images. A GIF counts as an image.
// A platform with a video allowance takes the video alone in its post; the others take none
// (their publish requests carry image URLs only).
class MediaRules final
{
    Q_DECLARE_TR_FUNCTIONS(MediaRules)

public:
    struct Allowance
    {
        int images = 0;
        int videos = 0;
    };

    static qint64 sizeLimit(MediaProbe::Kind kind);
    static Allowance allowance(Platform platform);

    // Empty when `candidate` may join a post that already holds `attached` on every platform
    // in `platforms`; otherwise one sentence that says which rule refuses it.
    static QString refusal(const QList<Platform> &platforms,
                           const QList<MediaProbe::Kind> &attached,
                           const MediaProbe::Result &candidate);
    // Empty when the size fits the API's limit for its kind.
    static QString sizeRefusal(const MediaProbe::Result &candidate);
    // Every platform that cannot take `attached` as it is (after the targets changed), with
    // one sentence each.
    static QStringList problems(const QList<Platform> &platforms,
                                const QList<MediaProbe::Kind> &attached);
};

} // namespace CreatorDesk
