// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DraftMedia.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CreatorDesk {

// One draft as kept on this computer: the source of truth while the person writes. Saved as
// one JSON file per draft by DraftStore.
struct LocalDraft
{
    struct Post
    {
        QString text; // plain text exactly as typed
        QStringList mediaIds;
        // The uploaded media in order, with what a restart needs to show them again. Their
        // ids are mediaIds; a file written before media were kept in full has ids only.
        QList<DraftMedia> media = {};
    };
    struct Account
    {
        QString accountId;
        QString socialSetId;
        QString platform; // "twitter", "bluesky", ... as the API spells it
        QString username;
    };
    // A copy created on the server by "Save to server". The API has no update, so each save
    // creates another one; they are all listed here, newest last.
    struct ServerCopy
    {
        QString id;
        QDateTime savedAt; // UTC
    };

    // Where the person was in the editor, so a restart puts the cursor and the view back.
    struct Place
    {
        int post = 0;
        int cursor = 0;
        int scroll = 0; // pixels from the top of the posts

        bool operator==(const Place &) const = default;
    };

    QString id;
    QString title;
    QString socialSetId;
    QList<Account> accounts;
    QList<Post> posts;
    QList<ServerCopy> serverCopies;
    QDateTime created;  // UTC
    QDateTime modified; // UTC
    // Sent as the server draft's scheduledFor by "Save to server"; invalid: none.
    QDateTime scheduledFor;
    Place place;
    // The language it is written in, as a dictionary names it ("en_US"); empty: never chosen
    // (the editor then uses the system's). Spelling uses it, and Bluesky and Mastodon get it.
    QString language;

    QJsonObject toJson() const;
    // nullopt when the object is not a draft (no id or no posts array).
    static std::optional<LocalDraft> fromJson(const QJsonObject &object);
};

} // namespace CreatorDesk
