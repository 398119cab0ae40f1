// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/JsonFields.h"

#include <QList>
#include <QString>
#include <QUrl>

// POST /twitter/media/upload (seed 003, "Media Upload").
namespace CreatorDesk {

struct UploadedMedia
{
    QString mediaId;
    QUrl url;
    QString type; // image, gif, video

    static UploadedMedia fromJson(const Json::json &object);
};

struct MediaUploadResult
{
    QList<UploadedMedia> uploads;

    static MediaUploadResult fromJson(const Json::json &object);
};

} // namespace CreatorDesk
