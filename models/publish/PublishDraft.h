// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DraftMedia.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace CreatorDesk {

// A draft as it is published: the thread, its set, its server copy and its uploaded media.
struct PublishDraft
{
    QString title;
    QStringList posts;
    QString socialSetId;
    QString serverDraftId; // empty: created first
    // The jobId of the first X request; generated when empty. The outbox fixes it when it
    // queues a publish, so sending the same entry twice cannot post twice to X.
    QString jobId;
    // Uploaded media per post (index as in posts): their ids go into the server draft, which
    // X and /publish/multi-platform publish from; Bluesky and Mastodon get the first post's
    // image URLs, Threads and LinkedIn its media URLs when they are sent the text. A server
    // draft's media whose URLs are not known have an invalid url (PublishPlan then sends
    // Bluesky and Mastodon the draft, not the text).
    QList<QList<DraftMedia>> media = {};

    QStringList mediaIds(int post) const;
    // imageUrls for Bluesky and Mastodon (seed 003): the pictures and GIFs of the first post,
    // since the request carries one list for the whole thread.
    QStringList imageUrls() const;
    // mediaUrls for Threads and LinkedIn: every known URL of the first post's media.
    QStringList mediaUrls() const;
};

} // namespace CreatorDesk
