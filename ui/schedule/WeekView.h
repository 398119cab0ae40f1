// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/CalendarView.h"
#include "schedule/WeekOverflowMarkers.h"

namespace CreatorDesk {

// Seven days by 24 wall-clock hours. Overlapping entries sit side by side; the ±3 minute
// jitter window is drawn where jitter is on; an hour skipped by daylight saving is hatched.
// Dragging snaps to 15 minutes. Beyond MaxColumns entries at once, a "+N more" marker in the
// slot stands for the rest; clicking it (or "+" from the keyboard) selects the first hidden
// entry and asks for the agenda, where all of them are listed.
class WeekView final : public CalendarView
{
    Q_OBJECT

public:
    // The shortest an entry is drawn, in minutes: long enough for one line of text.
    static constexpr int EntryMinutes = 30;
    static constexpr int MaxColumns = 4;
    static constexpr int JitterMinutes = 3;

    using OverflowMarker = WeekOverflowMarkers::Marker;

    explicit WeekView(ScheduleModel *model, QWidget *parent = nullptr);

    void step(int direction) override;
    QString rangeTitle() const override;
    std::optional<QDateTime> dropTime(const QPoint &pos, const QDateTime &original) const override;
    std::optional<QDateTime> slotAt(const QPoint &pos) const override;

    // Geometry, public for tests: the day column under x, the wall-clock minute at y.
    QDate dayAt(int x) const;
    int minuteAt(int y) const;
    QPoint pointAt(const QDate &day, int minute) const;

    // The markers as painted (laid out with the boxes), their text and what they say to a
    // screen reader.
    const QList<OverflowMarker> &overflowMarkers() const;
    int overflowMarkerAt(const QPoint &pos) const;
    QString overflowText(const OverflowMarker &marker) const;
    QString overflowDescription(const OverflowMarker &marker) const;
    // As a click on that marker does.
    void activateOverflowMarker(int marker);

    // The posting queues' free times, painted as faint slots; a draft dropped on one is
    // scheduled at its exact time.
    struct QueueTime
    {
        QDateTime when; // UTC
        QString label;  // the social set's name
    };
    void setQueueTimes(const QList<QueueTime> &times);
    const QList<QueueTime> &queueTimes() const { return m_queueTimes; }
    // The queue time whose slot is under `pos`, or -1.
    int queueTimeAt(const QPoint &pos) const;

Q_SIGNALS:
    // A "+N more" marker was clicked or chosen by keyboard: show its entries elsewhere.
    void overflowActivated(int firstHiddenEntry, int count);

protected:
    void layoutBoxes(QList<Box> &boxes) const override;
    void paintGrid(QPainter &painter) override;
    QRectF ghostRect(const QDateTime &when, const QRectF &box) const override;
    QRectF dropHintRect(const QPoint &pos) const override;
    void paintOverlay(QPainter &painter) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int gutterWidth() const;
    int headerHeight() const;
    qreal dayWidth() const;
    qreal minuteHeight() const;
    qreal yOf(int minute) const;
    qreal entryHeight() const;

    void paintQueueTimes(QPainter &painter);

    QList<QueueTime> m_queueTimes;
    mutable WeekOverflowMarkers m_overflow; // laid out by layoutBoxes()
};

} // namespace CreatorDesk
