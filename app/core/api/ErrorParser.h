// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/RateLimitInfo.h"

#include <QByteArray>

namespace CreatorDesk {

// Builds the ApiError for a non-2xx answer of any of the four services. Their error bodies
// differ ({success,error,message}, {error,retry_after,limit}, {error,credits_required,...},
// {error,message}); this is the one place that knows them all.
class ErrorParser final
{
public:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QByteArray retryAfterHeader;
        QByteArray wwwAuthenticateHeader;
        QByteArray dateHeader; // the server's clock, against which its dates are measured
        RateLimitInfo rateLimit;
        QDateTime receivedAt; // UTC; now when not set
    };

    static ApiError parse(const Answer &answer);
};

} // namespace CreatorDesk
