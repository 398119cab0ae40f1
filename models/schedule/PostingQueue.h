// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/ScheduleDtos.h"
#include "storage/PostingQueueStore.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace CreatorDesk {

// Where a queue's next posts go: its weekly times, in its zone, from a moment on, without the
// times already taken for the same accounts. A slot at 09:00 stays 09:00 on the wall clock
// across a daylight-saving change (the UTC time moves, not the local one); a slot inside a
// skipped hour goes out at the first local time after the gap. Pure functions.
class PostingQueue final
{
public:
    static QTimeZone zoneOf(const QueueSettings &settings);
    // The next `count` free times after `after` (UTC results). A time is taken when an item of
    // `items` for one of `accountIds` is scheduled within the same minute (whatever its status:
    // the slot was used). Looks `horizonDays` ahead at most.
    static QList<QDateTime> freeTimes(const QueueSettings &settings,
                                      const QList<ScheduleItem> &items,
                                      const QStringList &accountIds, const QDateTime &after,
                                      int count, int horizonDays = 366);
    // Every slot time in [from, to) (UTC), free or not, in order.
    static QList<QDateTime> slotTimes(const QueueSettings &settings, const QDateTime &from,
                                      const QDateTime &to);
    static bool isTaken(const QDateTime &when, const QList<ScheduleItem> &items,
                        const QStringList &accountIds);
};

} // namespace CreatorDesk
