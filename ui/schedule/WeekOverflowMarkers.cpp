// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/WeekOverflowMarkers.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPalette>

namespace CreatorDesk {

QString WeekOverflowMarkers::text(int count)
{
    return tr("+%n more", nullptr, count);
}

QString WeekOverflowMarkers::description(int count, const QString &time)
{
    return tr("Posts not shown in the week at %1: %2. Click here, or press +, to list them in "
              "the agenda.")
        .arg(time)
        .arg(count);
}

void WeekOverflowMarkers::place(Marker marker, qreal right, qreal bottom, const QFont &font,
                                const QFontMetrics &metrics)
{
    auto label = m_labels.constFind(marker.count);
    if (label == m_labels.cend()) {
        const QString words = text(marker.count);
        QStaticText shaped(words);
        shaped.setTextFormat(Qt::PlainText);
        shaped.prepare(QTransform(), font);
        label = m_labels.insert(marker.count, {shaped, metrics.horizontalAdvance(words)});
    }
    const qreal width = label->width + 10;
    const qreal height = metrics.height() + 1;
    marker.rect = QRectF(right - width, bottom - height, width, height);
    m_markers.append(marker);
}

int WeekOverflowMarkers::indexAt(const QPointF &pos) const
{
    for (int i = 0; i < m_markers.size(); ++i) {
        if (m_markers.at(i).rect.contains(pos))
            return i;
    }
    return -1;
}

void WeekOverflowMarkers::paint(QPainter &painter, const QPalette &palette,
                                int hiddenSelected) const
{
    for (const Marker &marker : m_markers) {
        const bool current =
            hiddenSelected >= marker.firstHidden && hiddenSelected <= marker.lastHidden;
        painter.fillRect(marker.rect,
                         current ? palette.color(QPalette::Highlight) : QColor(0x37, 0x47, 0x4f));
        painter.setPen(current ? palette.color(QPalette::HighlightedText) : QColor(Qt::white));
        painter.drawStaticText(QPointF(marker.rect.left() + 5, marker.rect.top() + 0.5),
                               m_labels.value(marker.count).text);
    }
}

} // namespace CreatorDesk
