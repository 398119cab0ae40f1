// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace CreatorDesk {

// The date maths of the schedule calendar, pure and GUI-free: which days a month or week view
// shows, and where a moment falls on that grid, in one time zone (the API speaks UTC). Days are
// laid out by wall-clock time, so a 23-hour or 25-hour day (daylight saving) still has 24 rows;
// the hour that does not exist is reported so the view can mark it.
class CalendarGrid final
{
public:
    static constexpr int MonthRows = 6;
    static constexpr int DaysPerWeek = 7;
    static constexpr int MinutesPerDay = 24 * 60;
    static constexpr int SnapMinutes = 15;

    explicit CalendarGrid(QTimeZone zone = QTimeZone::systemTimeZone(),
                          Qt::DayOfWeek firstDayOfWeek = QLocale().firstDayOfWeek());

    QTimeZone zone() const { return m_zone; }
    Qt::DayOfWeek firstDayOfWeek() const { return m_firstDay; }

    // The first day of the week that contains `date`.
    QDate weekStart(const QDate &date) const;
    // The first cell of a month view: the week start on or before the 1st of `date`'s month.
    // The view always shows MonthRows full weeks from there.
    QDate monthGridStart(const QDate &date) const;
    // [first, last] days shown; `last` is inclusive.
    QDate monthGridEnd(const QDate &date) const;
    QDate weekEnd(const QDate &date) const;

    // Instants (UTC) bounding what a month or week view shows: [from, to).
    QDateTime startOfDay(const QDate &date) const;
    QDateTime monthRangeStart(const QDate &date) const { return startOfDay(monthGridStart(date)); }
    QDateTime monthRangeEnd(const QDate &date) const
    {
        return startOfDay(monthGridEnd(date).addDays(1));
    }
    QDateTime weekRangeStart(const QDate &date) const { return startOfDay(weekStart(date)); }
    QDateTime weekRangeEnd(const QDate &date) const { return startOfDay(weekEnd(date).addDays(1)); }

    // The length of a day in minutes: 1440, or 1380 / 1500 on a daylight-saving change.
    int minutesInDay(const QDate &date) const;
    // The wall-clock minutes [from, to) of `date` that do not exist (spring forward), or
    // {-1, -1}. The repeated hour of a fall-back day exists twice and needs nothing here.
    std::pair<int, int> skippedMinutes(const QDate &date) const;

    // Where `instant` is in this zone: its day and its wall-clock minute of that day.
    QDate dateOf(const QDateTime &instant) const;
    int minuteOfDay(const QDateTime &instant) const;

    // The instant (UTC) at wall-clock `minute` of `date`. A minute inside a skipped hour
    // becomes the first minute after the gap, never a time on another day.
    QDateTime slotTime(const QDate &date, int minute) const;
    // As slotTime, with `minute` rounded down to the SnapMinutes grid.
    QDateTime snappedSlotTime(const QDate &date, int minute) const;
    static int snap(int minute, int step = SnapMinutes);

    // `instant` moved to `date`, keeping its wall-clock time of day in this zone (so a 09:00
    // post stays at 09:00 across a daylight-saving change).
    QDateTime movedToDay(const QDateTime &instant, const QDate &date) const;

private:
    QTimeZone m_zone;
    Qt::DayOfWeek m_firstDay;
};

} // namespace CreatorDesk
