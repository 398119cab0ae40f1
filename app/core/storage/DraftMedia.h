// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace CreatorDesk {

// One uploaded media file attached to a post, as kept in the local draft: what the server
// returned (mediaId, url, type) and what the person recognises it by (file name, size, where it
// was on this computer, for the thumbnail).
struct DraftMedia
{
    QString mediaId;
    QUrl url;
    QString fileName;
    qint64 size = 0;
    QString type; // "image", "gif", "video", as the API says
    QString localPath;

    QJsonObject toJson() const;
    static DraftMedia fromJson(const QJsonObject &object);
    bool operator==(const DraftMedia &) const = default;
};

} // namespace CreatorDesk

Q_DECLARE_METATYPE(CreatorDesk::DraftMedia)
