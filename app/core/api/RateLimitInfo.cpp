// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RateLimitInfo.h"

#include <QNetworkReply>

namespace CreatorDesk {

RateLimitInfo RateLimitInfo::fromHeaders(const QByteArray &limit, const QByteArray &remaining,
                                         const QByteArray &reset)
{
    RateLimitInfo info;
    bool limitOk = false;
    bool remainingOk = false;
    const int parsedLimit = limit.trimmed().toInt(&limitOk);
    const int parsedRemaining = remaining.trimmed().toInt(&remainingOk);
    if (!limitOk || !remainingOk || parsedLimit < 0 || parsedRemaining < 0)
        return info;
    info.limit = parsedLimit;
    info.remaining = parsedRemaining;
    bool resetOk = false;
    const qint64 resetEpoch = reset.trimmed().toLongLong(&resetOk);
    if (resetOk && resetEpoch > 0)
        info.resetsAt = QDateTime::fromSecsSinceEpoch(resetEpoch, Qt::UTC);
    return info;
}

RateLimitInfo RateLimitInfo::fromReply(const QNetworkReply &reply)
{
    return fromHeaders(reply.rawHeader("X-RateLimit-Limit"),
                       reply.rawHeader("X-RateLimit-Remaining"),
                       reply.rawHeader("X-RateLimit-Reset"));
}

} // namespace CreatorDesk
