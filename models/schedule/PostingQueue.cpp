// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/PostingQueue.h"

#include <algorithm>
#include <cstdlib>

namespace CreatorDesk {

namespace {
constexpr qint64 SameMinuteSeconds = 60;
} // namespace

QTimeZone PostingQueue::zoneOf(const QueueSettings &settings)
{
    const QTimeZone zone(settings.timeZone.toUtf8());
    return settings.timeZone.isEmpty() || !zone.isValid() ? QTimeZone::systemTimeZone() : zone;
}

QList<QDateTime> PostingQueue::slotTimes(const QueueSettings &settings, const QDateTime &from,
                                         const QDateTime &to)
{
    QList<QDateTime> times;
    if (settings.slots.isEmpty() || !from.isValid() || !to.isValid() || to <= from)
        return times;
    const QTimeZone zone = zoneOf(settings);
    // A day early: a slot late on the local day before `from`'s date can still be after it.
    for (QDate day = from.toTimeZone(zone).date().addDays(-1); day.isValid();
         day = day.addDays(1)) {
        const QDateTime dayStart(day, QTime(0, 0), zone);
        if (dayStart.toUTC() >= to)
            break;
        for (const QueueSlot &slot : settings.slots) {
            if (slot.day != day.dayOfWeek())
                continue;
            // QDateTime moves a time inside a skipped hour past the gap.
            const QDateTime local(day, slot.time, zone);
            const QDateTime utc = local.toUTC();
            if (utc >= from && utc < to && (times.isEmpty() || times.constLast() != utc))
                times.append(utc);
        }
    }
    return times;
}

bool PostingQueue::isTaken(const QDateTime &when, const QList<ScheduleItem> &items,
                           const QStringList &accountIds)
{
    return std::any_of(items.cbegin(), items.cend(), [&](const ScheduleItem &item) {
        return (accountIds.isEmpty() || accountIds.contains(item.accountUuid)) &&
               std::llabs(item.scheduledFor.secsTo(when)) < SameMinuteSeconds;
    });
}

QList<QDateTime> PostingQueue::freeTimes(const QueueSettings &settings,
                                         const QList<ScheduleItem> &items,
                                         const QStringList &accountIds, const QDateTime &after,
                                         int count, int horizonDays)
{
    QList<QDateTime> free;
    if (count <= 0 || settings.slots.isEmpty())
        return free;
    // A week at a time, so a long horizon costs only what is needed.
    QDateTime from = after.toUTC().addMSecs(1); // strictly after
    const QDateTime end = from.addDays(horizonDays);
    while (from < end && free.size() < count) {
        const QDateTime to = std::min(from.addDays(7), end);
        for (const QDateTime &when : slotTimes(settings, from, to)) {
            if (!isTaken(when, items, accountIds))
                free.append(when);
            if (free.size() == count)
                break;
        }
        from = to;
    }
    return free;
}

} // namespace CreatorDesk
