// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/QueueSlotPainter.h"

#include <QPainter>
#include <QPalette>

namespace CreatorDesk {

void QueueSlotPainter::paint(QPainter &painter, const QRectF &slot, const QString &label,
                             const QPalette &palette)
{
    QColor fill = palette.color(QPalette::Highlight);
    fill.setAlpha(28);
    QColor line = palette.color(QPalette::Highlight);
    line.setAlpha(110);
    painter.save();
    painter.fillRect(slot, fill);
    painter.setPen(QPen(line, 1, Qt::DashLine));
    painter.drawRect(slot.adjusted(0.5, 0.5, -0.5, -0.5));
    QColor text = palette.color(QPalette::Text);
    text.setAlpha(150);
    painter.setPen(text);
    const QRectF textRect = slot.adjusted(4, 0, -2, 0);
    painter.drawText(
        textRect, Qt::AlignLeft | Qt::AlignVCenter,
        painter.fontMetrics().elidedText(label, Qt::ElideRight, int(textRect.width())));
    painter.restore();
}

} // namespace CreatorDesk
