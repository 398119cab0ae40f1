// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/CalendarGrid.h"
#include "schedule/ScheduleEntryPainter.h"
#include "schedule/ScheduleModel.h"

#include <QPointer>
#include <QWidget>

#include <optional>

namespace CreatorDesk {

// What the month and week views share: the model, the grid (zone, first day of week), the
// date shown, the selected entry, keyboard use (arrows select, Delete cancels, Enter edits,
// Page Up/Down change the period), moving an entry with the mouse (no QDrag: the move stays
// inside the view, so it is smooth and testable), and drafts dropped from the drafts list.
class CalendarView : public QWidget
{
    Q_OBJECT

public:
    struct Box
    {
        int entry = -1; // index into ScheduleModel::entries()
        QRectF rect;
    };

    explicit CalendarView(ScheduleModel *model, QWidget *parent = nullptr);

    ScheduleModel *model() const { return m_model; }
    const CalendarGrid &grid() const { return m_grid; }
    void setGrid(const CalendarGrid &grid);
    QDate anchorDate() const { return m_anchor; }
    void setAnchorDate(const QDate &date);
    // Tests and screenshots pin "now"; otherwise the clock.
    void setNow(const QDateTime &utc);
    QDateTime now() const;
    QDate today() const { return m_grid.dateOf(now()); }

    // The previous (-1) or next (+1) month or week.
    virtual void step(int direction) = 0;
    virtual QString rangeTitle() const = 0;

    // The boxes as painted (laid out on demand), for hit-testing and tests.
    const QList<Box> &boxes() const;
    int entryAt(const QPoint &pos) const;
    QRectF boxOf(const QString &draftId, const QDateTime &when) const;
    // Where an entry that was at `original` lands when dropped at `pos`.
    virtual std::optional<QDateTime> dropTime(const QPoint &pos,
                                              const QDateTime &original) const = 0;
    // The time a draft dropped at `pos` gets.
    virtual std::optional<QDateTime> slotAt(const QPoint &pos) const = 0;

    QString selectedDraftId() const { return m_selectedDraft; }
    QDateTime selectedTime() const { return m_selectedTime; }
    // The selected entry's index in the model's entries(), or -1.
    int selectedEntry() const;
    // Selects that entry; if the model does not have it yet, as soon as it does.
    void selectEntry(const QString &draftId, const QDateTime &when);
    bool isDragging() const { return m_dragging; }

Q_SIGNALS:
    void selectionChanged();
    void anchorDateChanged(const QDate &date);
    void moveRequested(const QString &draftId, const QDateTime &from, const QDateTime &to);
    void cancelRequested(const QString &draftId, const QDateTime &when);
    void editRequested(const QString &draftId, const QDateTime &when);
    void draftDropped(const QString &localDraftId, const QDateTime &when);

protected:
    virtual void layoutBoxes(QList<Box> &boxes) const = 0;
    virtual void paintGrid(QPainter &painter) = 0;
    // Where the entry being dragged would be drawn at `when` (the ghost).
    virtual QRectF ghostRect(const QDateTime &when, const QRectF &box) const = 0;
    // The day cell or slot a dragged draft would land in, to highlight.
    virtual QRectF dropHintRect(const QPoint &pos) const = 0;
    // Drawn over the entries (e.g. the week's "+N more" markers); nothing by default.
    virtual void paintOverlay(QPainter &) {}
    void invalidateLayout();
    QColor todayColor() const;
    // One line per platform with its state, for tooltips and accessible descriptions.
    QString describe(int entry) const;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool event(QEvent *event) override;

    QPoint m_grabOffset; // where in its box the dragged entry was grabbed

private:
    void selectIndex(int entry);
    void moveSelection(int delta);
    void endDrag();

    QPointer<ScheduleModel> m_model;
    ScheduleEntryPainter m_entryPainter;
    CalendarGrid m_grid;
    QDate m_anchor;
    QDateTime m_now;
    QString m_selectedDraft;
    QString m_pendingDraft; // selectEntry() before the model has that entry
    QDateTime m_pendingTime;
    QDateTime m_selectedTime;
    mutable QList<Box> m_boxes;
    mutable bool m_layoutValid = false;
    QPoint m_pressPos;
    int m_pressEntry = -1;
    bool m_dragging = false;
    std::optional<QDateTime> m_dragTarget;
    std::optional<QPoint> m_dropHint;
};

} // namespace CreatorDesk
