// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/MonthView.h"

#include "schedule/ScheduleModel.h"

#include <QPainter>

namespace CreatorDesk {

namespace {

// A draft dropped on a day goes out at this time of day, unless that has passed.
constexpr int DefaultDropMinute = 9 * 60;

} // namespace

MonthView::MonthView(ScheduleModel *model, QWidget *parent)
    : CalendarView(model, parent)
{
    setObjectName(QStringLiteral("monthView"));
    setAccessibleName(tr("Schedule calendar, month"));
    setMinimumSize(420, 320);
}

void MonthView::step(int direction)
{
    setAnchorDate(anchorDate().addMonths(direction));
}

QString MonthView::rangeTitle() const
{
    return QLocale().toString(anchorDate(), QStringLiteral("MMMM yyyy"));
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int MonthView::lineHeight() const
{
    return fontMetrics().height() + 2;
}

QRectF MonthView::cellRect(const QDate &day) const
{
    const int index = int(grid().monthGridStart(anchorDate()).daysTo(day));
    if (index < 0 || index >= Cells)
        return {};
    const qreal width = qreal(this->width()) / CalendarGrid::DaysPerWeek;
    const qreal height = qreal(this->height() - headerHeight()) / CalendarGrid::MonthRows;
    return QRectF((index % 7) * width, headerHeight() + (index / 7) * height, width, height);
}

QDate MonthView::dayAt(const QPoint &pos) const
{
    if (pos.y() < headerHeight() || pos.x() < 0 || pos.x() >= width() || pos.y() >= height())
        return {};
    const qreal width = qreal(this->width()) / CalendarGrid::DaysPerWeek;
    const qreal height = qreal(this->height() - headerHeight()) / CalendarGrid::MonthRows;
    const int column = std::min(6, int(pos.x() / width));
    const int row = std::min(5, int((pos.y() - headerHeight()) / height));
    return grid().monthGridStart(anchorDate()).addDays(row * 7 + column);
}

int MonthView::hiddenCount(const QDate &day) const
{
    boxes();
    const int index = int(grid().monthGridStart(anchorDate()).daysTo(day));
    return index >= 0 && index < Cells ? m_hidden[size_t(index)] : 0;
}

void MonthView::layoutBoxes(QList<Box> &boxes) const
{
    m_hidden.fill(0);
    const QDate first = grid().monthGridStart(anchorDate());
    // Day boundaries in UTC once; entries are sorted, so one walk places them all without a
    // time-zone conversion per entry (10 000 items stay cheap).
    std::array<QDateTime, Cells + 1> bounds;
    for (int i = 0; i <= Cells; ++i)
        bounds[size_t(i)] = grid().startOfDay(first.addDays(i));
    const auto [from, to] = model()->entriesBetween(bounds.front(), bounds.back());
    const int line = lineHeight();
    std::array<int, Cells> used{};
    int day = 0;
    for (int i = from; i < to; ++i) {
        const ScheduleEntry &entry = model()->entries().at(i);
        while (day < Cells - 1 && entry.scheduledFor >= bounds[size_t(day + 1)])
            ++day;
        const QRectF cell = cellRect(first.addDays(day));
        const int capacity = int((cell.height() - line - 4) / line);
        if (used[size_t(day)] >= capacity) {
            ++m_hidden[size_t(day)];
            continue;
        }
        // Keep the last line for "+N more" when something will not fit.
        const QRectF rect(cell.left() + 2, cell.top() + line + 2 + used[size_t(day)] * line,
                          cell.width() - 4, line - 1);
        boxes.append({i, rect});
        ++used[size_t(day)];
    }
    // Where something was hidden, the last box gives its line to the "+N more" label.
    for (int d = 0; d < Cells; ++d) {
        if (m_hidden[size_t(d)] == 0)
            continue;
        const QRectF cell = cellRect(first.addDays(d));
        for (int b = int(boxes.size()) - 1; b >= 0; --b) {
            if (cell.contains(boxes.at(b).rect.center())) {
                boxes.removeAt(b);
                ++m_hidden[size_t(d)];
                break;
            }
        }
    }
}

void MonthView::paintGrid(QPainter &painter)
{
    const QPalette pal = palette();
    const QDate first = grid().monthGridStart(anchorDate());
    const qreal cellWidth = qreal(width()) / 7;
    painter.fillRect(QRect(0, 0, width(), headerHeight()), pal.color(QPalette::AlternateBase));
    painter.setPen(pal.color(QPalette::Text));
    for (int column = 0; column < 7; ++column) {
        const int dayOfWeek = (int(grid().firstDayOfWeek()) - 1 + column) % 7 + 1;
        painter.drawText(QRectF(column * cellWidth, 0, cellWidth, headerHeight()), Qt::AlignCenter,
                         QLocale().dayName(dayOfWeek, QLocale::ShortFormat));
    }
    const QDate today = this->today();
    const QColor grid = pal.color(QPalette::Mid);
    const int line = lineHeight();
    for (int i = 0; i < Cells; ++i) {
        const QDate day = first.addDays(i);
        const QRectF cell = cellRect(day);
        if (day.month() != anchorDate().month())
            painter.fillRect(cell, pal.color(QPalette::AlternateBase));
        painter.setPen(grid);
        painter.drawRect(cell);
        const QRectF number(cell.right() - line - 8, cell.top() + 1, line + 4, line);
        if (day == today) {
            painter.fillRect(
                cell.adjusted(1, 1, 0, 0),
                QColor(todayColor().red(), todayColor().green(), todayColor().blue(), 24));
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setBrush(todayColor());
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(number.adjusted(1, 0, -1, 0));
            painter.setBrush(Qt::NoBrush);
            painter.setPen(pal.color(QPalette::HighlightedText));
        } else {
            painter.setPen(day.month() == anchorDate().month()
                               ? pal.color(QPalette::Text)
                               : pal.color(QPalette::PlaceholderText));
        }
        painter.drawText(number, Qt::AlignCenter, QString::number(day.day()));
        if (day.day() == 1)
            painter.drawText(QRectF(cell.left() + 4, cell.top() + 1, cell.width() / 2, line),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             QLocale().monthName(day.month(), QLocale::ShortFormat));
    }
    boxes(); // fills m_hidden
    painter.setPen(pal.color(QPalette::Text));
    for (int i = 0; i < Cells; ++i) {
        if (m_hidden[size_t(i)] == 0)
            continue;
        const QRectF cell = cellRect(first.addDays(i));
        painter.drawText(QRectF(cell.left() + 6, cell.bottom() - line - 1, cell.width() - 8, line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         tr("+%n more", nullptr, m_hidden[size_t(i)]));
    }
}

std::optional<QDateTime> MonthView::dropTime(const QPoint &pos, const QDateTime &original) const
{
    const QDate day = dayAt(pos);
    if (!day.isValid())
        return std::nullopt;
    return grid().movedToDay(original, day);
}

std::optional<QDateTime> MonthView::slotAt(const QPoint &pos) const
{
    const QDate day = dayAt(pos);
    if (!day.isValid())
        return std::nullopt;
    const QDateTime nine = grid().slotTime(day, DefaultDropMinute);
    if (nine > now())
        return nine;
    // Today after nine (or a past day): the next full hour from now; the dialog can change it.
    const QDateTime later = now().addSecs(3600);
    return grid().slotTime(grid().dateOf(later), grid().minuteOfDay(later) / 60 * 60);
}

QRectF MonthView::ghostRect(const QDateTime &when, const QRectF &box) const
{
    const QRectF cell = cellRect(grid().dateOf(when));
    return QRectF(cell.left() + 2, cell.bottom() - lineHeight() - 2, cell.width() - 4,
                  box.height() > 0 ? box.height() : lineHeight());
}

QRectF MonthView::dropHintRect(const QPoint &pos) const
{
    return cellRect(dayAt(pos));
}

} // namespace CreatorDesk
