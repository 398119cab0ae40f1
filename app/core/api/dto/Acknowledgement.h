// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/JsonFields.h"

#include <QString>

namespace CreatorDesk {

// {"success": true, "message": "..."}: the answer of deletions, revocations and cancellations.
struct Acknowledgement
{
    QString message;

    static Acknowledgement fromJson(const Json::json &object)
    {
        Json::expectNotFailed(object);
        return {Json::optionalString(object, "message")};
    }
};

} // namespace CreatorDesk
