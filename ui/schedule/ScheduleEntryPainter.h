// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QPointer>
#include <QTimeZone>

class QDateTime;
class QPainter;
class QRectF;
class QWidget;

namespace CreatorDesk {

class ScheduleModel;
struct ScheduleEntry;

// Draws one calendar entry (tint, a stripe per platform, border, time and title, status
// badges) for the month and week views. Hundreds of boxes per frame, so it keeps what it can
// between boxes: the bold font and the zone's offset per quarter hour.
class ScheduleEntryPainter final
{
public:
    explicit ScheduleEntryPainter(ScheduleModel *model);

    // The font the titles are drawn in bold from (the view's font).
    void setFont(const QFont &font);
    // The zone the clock times are shown in; forgets the cached offsets.
    void setZone(const QTimeZone &zone);

    // `view` gives the palette, font metrics and device pixel ratio.
    void paint(QPainter &painter, const QWidget &view, const QRectF &rect,
               const ScheduleEntry &entry, bool selected, bool compact) const;
    // "09:30" in the zone, fast enough for every box of a frame.
    QString clockText(const QDateTime &utc) const;

private:
    QPointer<ScheduleModel> m_model;
    QFont m_boldFont;
    QTimeZone m_zone;
    mutable QHash<qint64, int> m_offsets; // UTC quarter hour -> offset from UTC, seconds
};

} // namespace CreatorDesk
