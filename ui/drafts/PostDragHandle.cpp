// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/PostDragHandle.h"

#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>

namespace CreatorDesk {

PostDragHandle::PostDragHandle(QWidget *parent)
    : QLabel(QString(QChar(0x2807)), parent) // ⠇ braille dots, a common grip
{
    setCursor(Qt::OpenHandCursor);
    setToolTip(tr("Drag to move this post (or Alt+Up / Alt+Down)"));
    setAccessibleName(tr("Move post"));
    QFont grip = font();
    grip.setPointSizeF(grip.pointSizeF() * 1.4);
    setFont(grip);
}

void PostDragHandle::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressPos = event->position().toPoint();
    QLabel::mousePressEvent(event);
}

void PostDragHandle::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) ||
        (event->position().toPoint() - m_pressPos).manhattanLength() <
            QApplication::startDragDistance())
        return;
    auto *mime = new QMimeData; // owned by the drag
    mime->setData(QLatin1String(MimeType), QByteArray::number(m_row));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    if (parentWidget())
        drag->setPixmap(parentWidget()->grab().scaledToWidth(qMin(320, parentWidget()->width()),
                                                             Qt::SmoothTransformation));
    drag->exec(Qt::MoveAction);
}

} // namespace CreatorDesk
