// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CounterRing.h"

#include <QPainter>

namespace CreatorDesk {

CounterRing::CounterRing(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

CounterRing::Level CounterRing::levelFor(int length, int limit)
{
    if (length > limit)
        return Level::Over;
    // 90 % and more: amber (integer maths, so 252/280 is exactly 90 %).
    return qint64(length) * 10 >= qint64(limit) * 9 ? Level::Warning : Level::Normal;
}

void CounterRing::setUsage(int length, int limit)
{
    limit = qMax(1, limit);
    if (length == m_length && limit == m_limit)
        return;
    m_length = length;
    m_limit = limit;
    m_level = levelFor(length, limit);
    update();
}

QColor CounterRing::color() const
{
    switch (m_level) {
    case Level::Over:
        return QColor(0xd9, 0x30, 0x25);
    case Level::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case Level::Normal:
        break;
    }
    return palette().color(QPalette::Highlight);
}

QSize CounterRing::sizeHint() const
{
    const int side = fontMetrics().height() + 2;
    return {side, side};
}

void CounterRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal pen = qMax(2.0, height() / 7.0);
    const QRectF ring =
        QRectF(rect()).adjusted(pen / 2 + 1, pen / 2 + 1, -pen / 2 - 1, -pen / 2 - 1);
    QColor track = palette().color(QPalette::Mid);
    track.setAlpha(90);
    painter.setPen(QPen(track, pen));
    painter.drawEllipse(ring);
    const qreal share = qBound(0.0, qreal(m_length) / m_limit, 1.0);
    painter.setPen(QPen(color(), pen, Qt::SolidLine, Qt::FlatCap));
    if (share > 0) // clockwise from 12 o'clock; angles in 1/16 degree
        painter.drawArc(ring, 90 * 16, -int(share * 360 * 16));
}

} // namespace CreatorDesk
