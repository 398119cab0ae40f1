// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/CalendarGrid.h"

namespace CreatorDesk {

CalendarGrid::CalendarGrid(QTimeZone zone, Qt::DayOfWeek firstDayOfWeek)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
    , m_firstDay(firstDayOfWeek)
{}

QDate CalendarGrid::weekStart(const QDate &date) const
{
    const int back = (date.dayOfWeek() - int(m_firstDay) + DaysPerWeek) % DaysPerWeek;
    return date.addDays(-back);
}

QDate CalendarGrid::monthGridStart(const QDate &date) const
{
    return weekStart(QDate(date.year(), date.month(), 1));
}

QDate CalendarGrid::monthGridEnd(const QDate &date) const
{
    return monthGridStart(date).addDays(MonthRows * DaysPerWeek - 1);
}

QDate CalendarGrid::weekEnd(const QDate &date) const
{
    return weekStart(date).addDays(DaysPerWeek - 1);
}

QDateTime CalendarGrid::startOfDay(const QDate &date) const
{
    // QDate::startOfDay handles zones where midnight itself is skipped.
    return date.startOfDay(m_zone).toUTC();
}

int CalendarGrid::minutesInDay(const QDate &date) const
{
    return int(startOfDay(date).secsTo(startOfDay(date.addDays(1))) / 60);
}

std::pair<int, int> CalendarGrid::skippedMinutes(const QDate &date) const
{
    const int shortBy = MinutesPerDay - minutesInDay(date);
    if (shortBy <= 0)
        return {-1, -1};
    // The gap starts where the offset changes: find the transition inside the day.
    const QTimeZone::OffsetData transition = m_zone.nextTransition(startOfDay(date).addSecs(-1));
    if (!transition.atUtc.isValid())
        return {-1, -1};
    const QDateTime before = transition.atUtc.addSecs(-1).toTimeZone(m_zone);
    const int from = before.time().hour() * 60 + before.time().minute() + 1;
    return {from, from + shortBy};
}

QDate CalendarGrid::dateOf(const QDateTime &instant) const
{
    return instant.toTimeZone(m_zone).date();
}

int CalendarGrid::minuteOfDay(const QDateTime &instant) const
{
    const QTime time = instant.toTimeZone(m_zone).time();
    return time.hour() * 60 + time.minute();
}

QDateTime CalendarGrid::slotTime(const QDate &date, int minute) const
{
    minute = std::clamp(minute, 0, MinutesPerDay - 1);
    const auto [gapFrom, gapTo] = skippedMinutes(date);
    if (gapFrom >= 0 && minute >= gapFrom && minute < gapTo)
        minute = gapTo; // the first wall-clock minute that exists after the gap
    if (minute >= MinutesPerDay)
        return startOfDay(date.addDays(1));
    return QDateTime(date, QTime(minute / 60, minute % 60), m_zone).toUTC();
}

QDateTime CalendarGrid::snappedSlotTime(const QDate &date, int minute) const
{
    return slotTime(date, snap(minute));
}

int CalendarGrid::snap(int minute, int step)
{
    if (step <= 0)
        return minute;
    return minute - ((minute % step) + step) % step;
}

QDateTime CalendarGrid::movedToDay(const QDateTime &instant, const QDate &date) const
{
    const QDateTime local = instant.toTimeZone(m_zone);
    const QTime time = local.time();
    const QDateTime moved = slotTime(date, time.hour() * 60 + time.minute());
    return moved.addSecs(time.second()).addMSecs(time.msec());
}

} // namespace CreatorDesk
