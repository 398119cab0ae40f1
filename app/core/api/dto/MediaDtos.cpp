// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/dto/MediaDtos.h"

namespace CreatorDesk {

using namespace Json;

UploadedMedia UploadedMedia::fromJson(const json &object)
{
    return {requireString(object, "mediaId"), requireUrl(object, "url"),
            requireString(object, "type")};
}

MediaUploadResult MediaUploadResult::fromJson(const json &object)
{
    const qint64 code = requireInteger(object, "code");
    if (code != 0)
        throw DtoError("the upload answer has code " + std::to_string(code) + ", not 0");
    return {readArray<UploadedMedia>(requireObject(object, "data"), "uploads",
                                     &UploadedMedia::fromJson)};
}

} // namespace CreatorDesk
