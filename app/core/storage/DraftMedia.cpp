// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DraftMedia.h"

namespace CreatorDesk {

QJsonObject DraftMedia::toJson() const
{
    return {{QStringLiteral("mediaId"), mediaId},   {QStringLiteral("url"), url.toString()},
            {QStringLiteral("fileName"), fileName}, {QStringLiteral("size"), size},
            {QStringLiteral("type"), type},         {QStringLiteral("localPath"), localPath}};
}

DraftMedia DraftMedia::fromJson(const QJsonObject &object)
{
    DraftMedia media;
    media.mediaId = object.value(QStringLiteral("mediaId")).toString();
    media.url = QUrl(object.value(QStringLiteral("url")).toString());
    media.fileName = object.value(QStringLiteral("fileName")).toString();
    media.size = object.value(QStringLiteral("size")).toInteger();
    media.type = object.value(QStringLiteral("type")).toString();
    media.localPath = object.value(QStringLiteral("localPath")).toString();
    return media;
}

} // namespace CreatorDesk
