// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/PublishDraft.h"

namespace CreatorDesk {

QStringList PublishDraft::mediaIds(int post) const
{
    QStringList ids;
    for (const DraftMedia &item : media.value(post))
        ids.append(item.mediaId);
    return ids;
}

QStringList PublishDraft::mediaUrls() const
{
    QStringList urls;
    for (const DraftMedia &item : media.value(0)) {
        if (item.url.isValid())
            urls.append(item.url.toString());
    }
    return urls;
}

QStringList PublishDraft::imageUrls() const
{
    QStringList urls;
    for (const DraftMedia &item : media.value(0)) {
        if (item.type != QLatin1String("video") && item.url.isValid())
            urls.append(item.url.toString());
    }
    return urls;
}

} // namespace CreatorDesk
