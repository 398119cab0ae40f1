// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/CalendarView.h"

#include <array>

namespace CreatorDesk {

// Six weeks around a month, one cell per day with as many entries as fit and "+N more".
// Dragging an entry to another day keeps its time of day.
class MonthView final : public CalendarView
{
    Q_OBJECT

public:
    explicit MonthView(ScheduleModel *model, QWidget *parent = nullptr);

    void step(int direction) override;
    QString rangeTitle() const override;
    std::optional<QDateTime> dropTime(const QPoint &pos, const QDateTime &original) const override;
    std::optional<QDateTime> slotAt(const QPoint &pos) const override;

    // The day under `pos`, or an invalid date outside the grid.
    QDate dayAt(const QPoint &pos) const;
    QRectF cellRect(const QDate &day) const;
    // Entries of that day that did not fit in its cell.
    int hiddenCount(const QDate &day) const;

protected:
    void layoutBoxes(QList<Box> &boxes) const override;
    void paintGrid(QPainter &painter) override;
    QRectF ghostRect(const QDateTime &when, const QRectF &box) const override;
    QRectF dropHintRect(const QPoint &pos) const override;

private:
    static constexpr int Cells = CalendarGrid::MonthRows * CalendarGrid::DaysPerWeek;
    int headerHeight() const;
    int lineHeight() const;

    mutable std::array<int, Cells> m_hidden{};
};

} // namespace CreatorDesk
