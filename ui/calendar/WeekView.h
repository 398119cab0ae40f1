// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarView.h"

namespace CreatorDesk {

// Seven days by 24 wall-clock hours. Overlapping entries sit side by side; the ±3 minute
// jitter window is drawn where jitter is on; an hour skipped by daylight saving is hatched.
// Dragging snaps to 15 minutes.
class WeekView final : public CalendarView
{
    Q_OBJECT

public:
    // The shortest an entry is drawn, in minutes: long enough for one line of text.
    static constexpr int EntryMinutes = 30;
    static constexpr int MaxColumns = 4;
    static constexpr int JitterMinutes = 3;

    explicit WeekView(ScheduleModel *model, QWidget *parent = nullptr);

    void step(int direction) override;
    QString rangeTitle() const override;
    std::optional<QDateTime> dropTime(const QPoint &pos, const QDateTime &original) const override;
    std::optional<QDateTime> slotAt(const QPoint &pos) const override;

    // Geometry, public for tests: the day column under x, the wall-clock minute at y.
    QDate dayAt(int x) const;
    int minuteAt(int y) const;
    QPoint pointAt(const QDate &day, int minute) const;

protected:
    void layoutBoxes(QList<Box> &boxes) const override;
    void paintGrid(QPainter &painter) override;
    QRectF ghostRect(const QDateTime &when, const QRectF &box) const override;
    QRectF dropHintRect(const QPoint &pos) const override;

private:
    int gutterWidth() const;
    int headerHeight() const;
    qreal dayWidth() const;
    qreal minuteHeight() const;
    qreal yOf(int minute) const;
};

} // namespace CreatorDesk
