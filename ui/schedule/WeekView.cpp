// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/WeekView.h"

#include "schedule/QueueSlotPainter.h"
#include "schedule/ScheduleModel.h"
#include "schedule/ScheduleText.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

#include <array>

namespace CreatorDesk {

WeekView::WeekView(ScheduleModel *model, QWidget *parent)
    : CalendarView(model, parent)
{
    setObjectName(QStringLiteral("weekView"));
    setAccessibleName(tr("Schedule calendar, week"));
    setMinimumSize(480, 400);
}

void WeekView::step(int direction)
{
    setAnchorDate(anchorDate().addDays(7 * direction));
}

QString WeekView::rangeTitle() const
{
    const QDate first = grid().weekStart(anchorDate());
    const QDate last = grid().weekEnd(anchorDate());
    const QLocale locale;
    return tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM")),
                             locale.toString(last, QStringLiteral("d MMM yyyy")));
}

int WeekView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 12;
}

int WeekView::headerHeight() const
{
    return 2 * fontMetrics().height() + 8;
}

qreal WeekView::dayWidth() const
{
    return qreal(width() - gutterWidth()) / CalendarGrid::DaysPerWeek;
}

qreal WeekView::minuteHeight() const
{
    return qreal(height() - headerHeight()) / CalendarGrid::MinutesPerDay;
}

qreal WeekView::yOf(int minute) const
{
    return headerHeight() + minute * minuteHeight();
}

QDate WeekView::dayAt(int x) const
{
    if (x < gutterWidth() || x >= width())
        return {};
    const int column = std::min(6, int((x - gutterWidth()) / dayWidth()));
    return grid().weekStart(anchorDate()).addDays(column);
}

int WeekView::minuteAt(int y) const
{
    return std::clamp(int((y - headerHeight()) / minuteHeight()), 0,
                      CalendarGrid::MinutesPerDay - 1);
}

QPoint WeekView::pointAt(const QDate &day, int minute) const
{
    const int column = int(grid().weekStart(anchorDate()).daysTo(day));
    return QPoint(int(gutterWidth() + (column + 0.5) * dayWidth()), int(std::ceil(yOf(minute))));
}

qreal WeekView::entryHeight() const
{
    // At least two lines (time and title, then the platforms and their states).
    return std::max<qreal>(EntryMinutes * minuteHeight(), 2 * fontMetrics().height() + 4);
}

void WeekView::layoutBoxes(QList<Box> &boxes) const
{
    m_overflow.clear();
    const QDate first = grid().weekStart(anchorDate());
    const qreal minHeight = entryHeight();
    const QFontMetrics metrics = fontMetrics();
    // Measured once: gutterWidth() measures text, and this runs for every entry of a week.
    const int gutter = gutterWidth();
    const qreal columnWidth = dayWidth();
    const int header = headerHeight();
    const qreal perMinute = minuteHeight();
    for (int d = 0; d < CalendarGrid::DaysPerWeek; ++d) {
        const QDate day = first.addDays(d);
        const QDateTime dayStart = grid().startOfDay(day);
        const auto [from, to] =
            model()->entriesBetween(dayStart, grid().startOfDay(day.addDays(1)));
        // Ordinary days: the wall-clock minute is the elapsed minute, no zone lookup needed.
        const bool ordinary = grid().minutesInDay(day) == CalendarGrid::MinutesPerDay;
        // Clusters of overlapping entries share the column width; columns are handed out
        // greedily by start time (entries come sorted).
        struct Placed
        {
            int entry;
            qreal top;
            int column;
        };
        QList<Placed> cluster;
        std::array<qreal, MaxColumns> columnEnd{};
        qreal clusterEnd = -1;
        const qreal left = gutter + d * columnWidth;
        // Hidden entries whose slots overlap share one marker, in the bottom right corner of
        // the first one's slot (over the last column, whose second line is mostly empty).
        OverflowMarker marker;
        qreal markerTop = 0;
        const auto placeMarker = [&] {
            if (marker.count > 0)
                m_overflow.place(marker, left + columnWidth - 3, markerTop + minHeight - 2, font(),
                                 metrics);
            marker = {};
        };
        const auto flush = [&] {
            int columns = 0;
            for (const Placed &p : cluster)
                columns = std::max(columns, p.column + 1);
            const qreal width = (columnWidth - 4) / std::max(1, columns);
            for (const Placed &p : cluster)
                boxes.append(
                    {p.entry, QRectF(left + 2 + p.column * width, p.top, width - 1, minHeight)});
            cluster.clear();
            columnEnd.fill(0);
        };
        for (int i = from; i < to; ++i) {
            const QDateTime &when = model()->entries().at(i).scheduledFor;
            const int minute =
                ordinary ? int(dayStart.secsTo(when) / 60) : grid().minuteOfDay(when);
            const qreal top = header + minute * perMinute; // yOf(), measured once
            if (top >= clusterEnd && !cluster.isEmpty())
                flush();
            int column = -1;
            for (int c = 0; c < MaxColumns; ++c) {
                if (columnEnd[size_t(c)] <= top) {
                    column = c;
                    break;
                }
            }
            clusterEnd = std::max(clusterEnd, top + minHeight);
            if (column < 0) {
                // More than MaxColumns at once: counted on a marker, listed in the agenda.
                if (marker.count > 0 && top >= markerTop + minHeight)
                    placeMarker();
                if (marker.count == 0) {
                    marker.firstHidden = i;
                    markerTop = top;
                }
                marker.lastHidden = i;
                ++marker.count;
                continue;
            }
            columnEnd[size_t(column)] = top + minHeight;
            cluster.append({i, top, column});
        }
        flush();
        placeMarker();
    }
}

void WeekView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        m_overflow.forgetLabels();
    CalendarView::changeEvent(event);
}

const QList<WeekView::OverflowMarker> &WeekView::overflowMarkers() const
{
    boxes(); // lays out the markers too
    return m_overflow.markers();
}

int WeekView::overflowMarkerAt(const QPoint &pos) const
{
    boxes();
    return m_overflow.indexAt(pos);
}

QString WeekView::overflowText(const OverflowMarker &marker) const
{
    return WeekOverflowMarkers::text(marker.count);
}

QString WeekView::overflowDescription(const OverflowMarker &marker) const
{
    const QDateTime when = model()->entries().at(marker.firstHidden).scheduledFor;
    return WeekOverflowMarkers::description(marker.count,
                                            ScheduleText::time(when, grid().zone(), true));
}

void WeekView::activateOverflowMarker(int index)
{
    const QList<OverflowMarker> &markers = overflowMarkers();
    if (index < 0 || index >= markers.size())
        return;
    const OverflowMarker marker = markers.at(index);
    const ScheduleEntry &entry = model()->entries().at(marker.firstHidden);
    selectEntry(entry.draftId, entry.scheduledFor);
    setAccessibleDescription(describe(marker.firstHidden) + QLatin1Char('\n') +
                             overflowDescription(marker));
    update();
    Q_EMIT overflowActivated(marker.firstHidden, marker.count);
}

void WeekView::paintOverlay(QPainter &painter)
{
    if (overflowMarkers().isEmpty())
        return;
    // A hidden entry that is selected shows on its marker.
    const int selected = selectedEntry();
    const int hiddenSelected =
        selected >= 0 && boxOf(selectedDraftId(), selectedTime()).isNull() ? selected : -1;
    m_overflow.paint(painter, palette(), hiddenSelected);
}

void WeekView::mousePressEvent(QMouseEvent *event)
{
    const int marker =
        event->button() == Qt::LeftButton ? overflowMarkerAt(event->position().toPoint()) : -1;
    if (marker < 0)
        return CalendarView::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    activateOverflowMarker(marker);
}

void WeekView::keyPressEvent(QKeyEvent *event)
{
    const QList<OverflowMarker> &markers = overflowMarkers();
    if (event->key() != Qt::Key_Plus || markers.isEmpty())
        return CalendarView::keyPressEvent(event);
    // The next marker after the selection, round to the first: "+" again walks through them.
    const int selected = selectedEntry();
    int next = 0;
    for (int i = 0; i < markers.size(); ++i) {
        if (markers.at(i).firstHidden > selected) {
            next = i;
            break;
        }
    }
    activateOverflowMarker(next);
}

bool WeekView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int marker = overflowMarkerAt(help->pos());
        if (marker >= 0) {
            QToolTip::showText(help->globalPos(),
                               overflowDescription(m_overflow.markers().at(marker)), this);
            return true;
        }
    }
    return CalendarView::event(event);
}

void WeekView::paintGrid(QPainter &painter)
{
    const QPalette pal = palette();
    const QDate first = grid().weekStart(anchorDate());
    const QDate today = this->today();
    const int header = headerHeight();
    const int line = fontMetrics().height();
    const int gutter = gutterWidth();
    const qreal columnWidth = dayWidth();
    painter.fillRect(QRect(0, 0, width(), header), pal.color(QPalette::AlternateBase));
    // Hour lines and labels.
    for (int hour = 0; hour < 24; ++hour) {
        const qreal y = yOf(hour * 60);
        painter.setPen(pal.color(QPalette::Midlight));
        painter.drawLine(QPointF(gutter, y), QPointF(width(), y));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(0, y - 1, gutter - 6, line), Qt::AlignRight | Qt::AlignTop,
                         QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
    }
    for (int d = 0; d < 7; ++d) {
        const QDate day = first.addDays(d);
        const qreal left = gutter + d * columnWidth;
        const QRectF head(left, 0, columnWidth, header);
        if (day == today) {
            painter.fillRect(head, todayColor());
            painter.fillRect(
                QRectF(left, header, columnWidth, height() - header),
                QColor(todayColor().red(), todayColor().green(), todayColor().blue(), 18));
            painter.setPen(pal.color(QPalette::HighlightedText));
        } else {
            painter.setPen(pal.color(QPalette::Text));
        }
        painter.drawText(head.adjusted(0, 4, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
                         QLocale().toString(day, QStringLiteral("ddd d")));
        // A daylight-saving day says how long it is; the skipped hour is hatched.
        const int minutes = grid().minutesInDay(day);
        if (minutes != CalendarGrid::MinutesPerDay)
            painter.drawText(head.adjusted(0, 0, 0, -3), Qt::AlignHCenter | Qt::AlignBottom,
                             tr("%n-hour day", nullptr, minutes / 60));
        const auto [gapFrom, gapTo] = grid().skippedMinutes(day);
        if (gapFrom >= 0) {
            painter.fillRect(QRectF(left, yOf(gapFrom), columnWidth, yOf(gapTo) - yOf(gapFrom)),
                             QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern));
        }
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(QPointF(left, 0), QPointF(left, height()));
    }
    paintQueueTimes(painter);
    // The jitter windows: an entry with jitter goes out up to 3 minutes either side of its
    // time; the band straddles the box's top edge (at least a few pixels, to be seen).
    const qreal half = std::max<qreal>(3, JitterMinutes * minuteHeight());
    for (const Box &box : boxes()) {
        const ScheduleEntry &entry = model()->entries().at(box.entry);
        if (entry.maxJitterSeconds <= 0)
            continue;
        painter.fillRect(QRectF(box.rect.left(), box.rect.top() - half, box.rect.width(), 2 * half),
                         QColor(0xe0, 0x8e, 0x0b, 150));
    }
    // Now.
    const QDateTime current = now();
    const QDate nowDay = grid().dateOf(current);
    const int column = int(first.daysTo(nowDay));
    if (column >= 0 && column < 7) {
        const qreal y = yOf(grid().minuteOfDay(current));
        painter.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        painter.drawLine(QPointF(gutter + column * columnWidth, y),
                         QPointF(gutter + (column + 1) * columnWidth, y));
    }
}

std::optional<QDateTime> WeekView::dropTime(const QPoint &pos, const QDateTime &) const
{
    const QDate day = dayAt(pos.x());
    if (!day.isValid() || pos.y() < headerHeight())
        return std::nullopt;
    // The top of the box follows the pointer where it was grabbed.
    return grid().snappedSlotTime(day, minuteAt(pos.y() - m_grabOffset.y()));
}

std::optional<QDateTime> WeekView::slotAt(const QPoint &pos) const
{
    if (const int queued = queueTimeAt(pos); queued >= 0)
        return m_queueTimes.at(queued).when;
    const QDate day = dayAt(pos.x());
    if (!day.isValid() || pos.y() < headerHeight())
        return std::nullopt;
    return grid().snappedSlotTime(day, minuteAt(pos.y()));
}

QRectF WeekView::ghostRect(const QDateTime &when, const QRectF &) const
{
    const QDate day = grid().dateOf(when);
    const int column = int(grid().weekStart(anchorDate()).daysTo(day));
    return QRectF(gutterWidth() + column * dayWidth() + 2, yOf(grid().minuteOfDay(when)),
                  dayWidth() - 4, entryHeight());
}

void WeekView::setQueueTimes(const QList<QueueTime> &times)
{
    m_queueTimes = times;
    update();
}

int WeekView::queueTimeAt(const QPoint &pos) const
{
    for (qsizetype i = 0; i < m_queueTimes.size(); ++i) {
        if (ghostRect(m_queueTimes.at(i).when, {}).contains(pos))
            return int(i);
    }
    return -1;
}

void WeekView::paintQueueTimes(QPainter &painter)
{
    const QDate first = grid().weekStart(anchorDate());
    for (const QueueTime &time : std::as_const(m_queueTimes)) {
        const qint64 column = first.daysTo(grid().dateOf(time.when));
        if (column >= 0 && column <= 6)
            QueueSlotPainter::paint(painter, ghostRect(time.when, {}),
                                    tr("Free · %1").arg(time.label), palette());
    }
}

QRectF WeekView::dropHintRect(const QPoint &pos) const
{
    const std::optional<QDateTime> slot = slotAt(pos);
    return slot ? ghostRect(*slot, {}) : QRectF();
}

} // namespace CreatorDesk
