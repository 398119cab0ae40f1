// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/CalendarView.h"

#include "drafts/DraftMime.h"
#include "schedule/ScheduleModel.h"
#include "schedule/ScheduleText.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QToolTip>

namespace CreatorDesk {

CalendarView::CalendarView(ScheduleModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_entryPainter(model)
    , m_anchor(QDate::currentDate())
{
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_entryPainter.setFont(font());
    connect(model, &ScheduleModel::entriesChanged, this, [this] {
        invalidateLayout();
        // An entry asked for before the list had it (just moved or scheduled).
        if (!m_pendingDraft.isEmpty()) {
            const int pending = m_model->entryIndex(m_pendingDraft, m_pendingTime);
            if (pending >= 0) {
                m_pendingDraft.clear();
                selectIndex(pending);
                return;
            }
        }
        // The selection follows its entry by draft and time; a vanished entry clears it.
        if (!m_selectedDraft.isEmpty() && selectedEntry() < 0) {
            m_selectedDraft.clear();
            m_selectedTime = {};
            Q_EMIT selectionChanged();
        }
    });
}

void CalendarView::setGrid(const CalendarGrid &grid)
{
    m_grid = grid;
    m_entryPainter.setZone(grid.zone());
    invalidateLayout();
}

void CalendarView::setAnchorDate(const QDate &date)
{
    if (!date.isValid() || date == m_anchor)
        return;
    m_anchor = date;
    invalidateLayout();
    Q_EMIT anchorDateChanged(date);
}

void CalendarView::setNow(const QDateTime &utc)
{
    m_now = utc;
    update();
}

QDateTime CalendarView::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

const QList<CalendarView::Box> &CalendarView::boxes() const
{
    if (!m_layoutValid) {
        m_boxes.clear();
        layoutBoxes(m_boxes);
        m_layoutValid = true;
    }
    return m_boxes;
}

int CalendarView::entryAt(const QPoint &pos) const
{
    const QList<Box> &all = boxes();
    for (auto it = all.crbegin(); it != all.crend(); ++it) { // topmost first
        if (it->rect.contains(pos))
            return it->entry;
    }
    return -1;
}

QRectF CalendarView::boxOf(const QString &draftId, const QDateTime &when) const
{
    const int entry = m_model->entryIndex(draftId, when);
    for (const Box &box : boxes()) {
        if (box.entry == entry)
            return box.rect;
    }
    return {};
}

int CalendarView::selectedEntry() const
{
    return m_selectedDraft.isEmpty() ? -1 : m_model->entryIndex(m_selectedDraft, m_selectedTime);
}

void CalendarView::selectEntry(const QString &draftId, const QDateTime &when)
{
    const int entry = m_model->entryIndex(draftId, when);
    m_pendingDraft = entry < 0 ? draftId : QString();
    m_pendingTime = when;
    if (entry >= 0)
        selectIndex(entry);
}

void CalendarView::selectIndex(int entry)
{
    const QString draft = entry >= 0 ? m_model->entries().at(entry).draftId : QString();
    const QDateTime when = entry >= 0 ? m_model->entries().at(entry).scheduledFor : QDateTime();
    if (draft == m_selectedDraft && when == m_selectedTime)
        return;
    m_selectedDraft = draft;
    m_selectedTime = when;
    setAccessibleDescription(entry >= 0 ? describe(entry) : QString());
    update();
    Q_EMIT selectionChanged();
}

void CalendarView::invalidateLayout()
{
    m_layoutValid = false;
    update();
}

QColor CalendarView::todayColor() const
{
    return palette().color(QPalette::Highlight);
}

QString CalendarView::describe(int entry) const
{
    const ScheduleEntry &e = m_model->entries().at(entry);
    QStringList lines{
        tr("%1 at %2").arg(e.title, ScheduleText::time(e.scheduledFor, m_grid.zone(), true))};
    for (int row = e.firstRow; row < e.firstRow + e.rowCount; ++row)
        lines.append(ScheduleText::statusLine(
            m_model->item(row), m_grid.zone(),
            m_model->index(row).data(ScheduleModel::RetryPendingRole).toBool()));
    if (e.maxJitterSeconds > 0)
        lines.append(tr("Goes out within 3 minutes of this time (jitter)."));
    return lines.join(QLatin1Char('\n'));
}

void CalendarView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    paintGrid(painter);
    const int selected = selectedEntry();
    const QList<Box> &all = boxes();
    const bool compact =
        all.isEmpty() || all.constFirst().rect.height() < 2.2 * fontMetrics().height();
    for (const Box &box : all)
        m_entryPainter.paint(painter, *this, box.rect, m_model->entries().at(box.entry),
                             box.entry == selected,
                             compact && box.rect.height() < 2 * fontMetrics().height());
    paintOverlay(painter);
    if (m_dragging && m_dragTarget && m_pressEntry >= 0) {
        const QRectF from = boxOf(m_model->entries().at(m_pressEntry).draftId,
                                  m_model->entries().at(m_pressEntry).scheduledFor);
        const QRectF ghost = ghostRect(*m_dragTarget, from);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter.setBrush(QColor(0, 120, 215, 40));
        painter.drawRect(ghost);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(ghost.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         ScheduleText::time(*m_dragTarget, m_grid.zone(), true));
    }
    if (m_dropHint) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(QColor(0, 120, 215, 30));
        painter.drawRect(dropHintRect(*m_dropHint));
    }
    if (hasFocus() && selected < 0) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void CalendarView::resizeEvent(QResizeEvent *event)
{
    invalidateLayout();
    QWidget::resizeEvent(event);
}

void CalendarView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    m_pressEntry = entryAt(m_pressPos);
    selectIndex(m_pressEntry);
    if (m_pressEntry >= 0) {
        const QRectF box = boxOf(m_model->entries().at(m_pressEntry).draftId,
                                 m_model->entries().at(m_pressEntry).scheduledFor);
        m_grabOffset = m_pressPos - box.topLeft().toPoint();
    }
}

void CalendarView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressEntry < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    const ScheduleEntry &entry = m_model->entries().at(m_pressEntry);
    if (!m_dragging) {
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        if (!entry.hasPending || m_model->isBusy(entry.draftId))
            return; // only what still waits can move
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    const std::optional<QDateTime> target = dropTime(pos, entry.scheduledFor);
    if (target != m_dragTarget) {
        m_dragTarget = target;
        update();
    }
}

void CalendarView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging) {
        m_pressEntry = -1;
        return;
    }
    const ScheduleEntry entry = m_model->entries().at(m_pressEntry);
    const std::optional<QDateTime> target =
        dropTime(event->position().toPoint(), entry.scheduledFor);
    endDrag();
    if (target && *target != entry.scheduledFor)
        Q_EMIT moveRequested(entry.draftId, entry.scheduledFor, *target);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int entry = entryAt(event->position().toPoint());
    if (entry >= 0)
        Q_EMIT editRequested(m_model->entries().at(entry).draftId,
                             m_model->entries().at(entry).scheduledFor);
}

void CalendarView::endDrag()
{
    m_dragging = false;
    m_dragTarget.reset();
    m_pressEntry = -1;
    unsetCursor();
    update();
}

void CalendarView::moveSelection(int delta)
{
    const QList<Box> &all = boxes();
    if (all.isEmpty())
        return;
    // Boxes are laid out in time order; step through them.
    const int current = selectedEntry();
    int position = -1;
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).entry == current)
            position = i;
    }
    if (position < 0)
        position = delta > 0 ? 0 : int(all.size()) - 1;
    else
        position = std::clamp(position + delta, 0, int(all.size()) - 1);
    selectIndex(all.at(position).entry);
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    const int selected = selectedEntry();
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        moveSelection(-1);
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
        moveSelection(1);
        return;
    case Qt::Key_Home:
        selectIndex(boxes().isEmpty() ? -1 : boxes().constFirst().entry);
        return;
    case Qt::Key_End:
        selectIndex(boxes().isEmpty() ? -1 : boxes().constLast().entry);
        return;
    case Qt::Key_PageUp:
        step(-1);
        return;
    case Qt::Key_PageDown:
        step(1);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (selected >= 0)
            Q_EMIT cancelRequested(m_selectedDraft, m_selectedTime);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selected >= 0)
            Q_EMIT editRequested(m_selectedDraft, m_selectedTime);
        return;
    case Qt::Key_Escape:
        if (m_dragging) {
            endDrag();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void CalendarView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(draftIdMimeType())) {
        event->acceptProposedAction();
        m_dropHint = event->position().toPoint();
        update();
    }
}

void CalendarView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!event->mimeData()->hasFormat(draftIdMimeType()))
        return;
    const bool ok = slotAt(event->position().toPoint()).has_value();
    event->setAccepted(ok);
    m_dropHint = ok ? std::optional<QPoint>(event->position().toPoint()) : std::nullopt;
    update();
}

void CalendarView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropHint.reset();
    update();
}

void CalendarView::dropEvent(QDropEvent *event)
{
    m_dropHint.reset();
    update();
    const QByteArray id = event->mimeData()->data(draftIdMimeType());
    const std::optional<QDateTime> when = slotAt(event->position().toPoint());
    if (id.isEmpty() || !when)
        return;
    event->acceptProposedAction();
    Q_EMIT draftDropped(QString::fromUtf8(id), *when);
}

bool CalendarView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int entry = entryAt(help->pos());
        if (entry >= 0)
            QToolTip::showText(help->globalPos(), describe(entry), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace CreatorDesk
