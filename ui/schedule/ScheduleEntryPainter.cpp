// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleEntryPainter.h"

#include "common/PlatformStyle.h"
#include "schedule/ScheduleModel.h"
#include "schedule/ScheduleText.h"

#include <QPainter>
#include <QWidget>

namespace CreatorDesk {

ScheduleEntryPainter::ScheduleEntryPainter(ScheduleModel *model)
    : m_model(model)
{}

void ScheduleEntryPainter::setFont(const QFont &font)
{
    m_boldFont = font;
    m_boldFont.setBold(true);
}

void ScheduleEntryPainter::setZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_offsets.clear();
}

QString ScheduleEntryPainter::clockText(const QDateTime &utc) const
{
    // A zone lookup per box costs more than the box's painting; offsets only change on
    // quarter-hour boundaries, so one lookup per quarter hour is enough.
    const qint64 seconds = utc.toSecsSinceEpoch();
    const qint64 bucket = seconds / 900;
    auto found = m_offsets.constFind(bucket);
    if (found == m_offsets.cend())
        found = m_offsets.insert(bucket, m_zone.offsetFromUtc(utc));
    const qint64 local = seconds + *found;
    const int minute = int(((local % 86400) + 86400) % 86400 / 60);
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

void ScheduleEntryPainter::paint(QPainter &painter, const QWidget &view, const QRectF &rect,
                                 const ScheduleEntry &entry, bool selected, bool compact) const
{
    // Hundreds of boxes per frame: no save/restore, cached badges, one clip per box.
    const ScheduleItem &first = m_model->item(entry.firstRow);
    painter.setClipRect(rect.adjusted(-1, -1, 1, 1));
    painter.setPen(Qt::NoPen);
    painter.setBrush(PlatformStyle::tint(first.platformName));
    painter.drawRect(rect);
    // A stripe per platform on the left edge: the entry's colours.
    const qreal stripe = rect.height() / entry.rowCount;
    for (int i = 0; i < entry.rowCount; ++i) {
        painter.setBrush(PlatformStyle::color(m_model->item(entry.firstRow + i).platformName));
        painter.drawRect(QRectF(rect.left(), rect.top() + i * stripe, 3, stripe));
    }
    QPen border(entry.hasFailed ? QColor(0xc6, 0x28, 0x28) : QColor(0, 0, 0, 60));
    if (m_model->isBusy(entry.draftId))
        border.setStyle(Qt::DashLine);
    if (selected) {
        border.setColor(view.palette().color(QPalette::Highlight));
        border.setWidthF(2);
    }
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));

    const int lineHeight = view.fontMetrics().height();
    const qreal dpr = view.devicePixelRatioF();
    qreal x = rect.left() + 6;
    const qreal lineTop = rect.top() + 1;
    const auto drawBadges = [&](qreal top) {
        for (int row = entry.firstRow; row < entry.firstRow + entry.rowCount; ++row) {
            const ScheduleItem &item = m_model->item(row);
            const bool alarming = item.status == QLatin1String("failed") || item.attempts > 0;
            const QPixmap badge = PlatformStyle::statusBadge(
                item.platformName, ScheduleText::statusGlyph(item.status, item.attempts), alarming,
                lineHeight, dpr);
            painter.drawPixmap(QPointF(x, top), badge);
            x += badge.width() / dpr + 3;
        }
    };
    const QString text = clockText(entry.scheduledFor) + QLatin1Char(' ') + entry.title;
    painter.setPen(QColor(0x20, 0x20, 0x20));
    if (compact) {
        drawBadges(lineTop);
        painter.drawText(QRectF(x, lineTop, rect.right() - x - 2, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
    } else {
        painter.setFont(m_boldFont);
        painter.drawText(QRectF(x, lineTop, rect.width() - 8, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
        painter.setFont(view.font());
        if (rect.height() >= 2 * lineHeight)
            drawBadges(lineTop + lineHeight);
    }
    painter.setClipping(false);
}

} // namespace CreatorDesk
