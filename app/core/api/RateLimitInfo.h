// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>

class QNetworkReply;

namespace CreatorDesk {

// The X-RateLimit-* headers of the most recent answer of one connection.
struct RateLimitInfo
{
    int limit = -1;
    int remaining = -1;
    QDateTime resetsAt; // UTC

    bool isKnown() const { return limit >= 0 && remaining >= 0; }
    bool operator==(const RateLimitInfo &) const = default;

    static RateLimitInfo fromHeaders(const QByteArray &limit, const QByteArray &remaining,
                                     const QByteArray &reset);
    static RateLimitInfo fromReply(const QNetworkReply &reply);
};

} // namespace CreatorDesk

Q_DECLARE_METATYPE(CreatorDesk::RateLimitInfo)
