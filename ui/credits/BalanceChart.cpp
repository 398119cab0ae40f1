// SPDX-License-Identifier: GPL-3.0-or-later
#include "credits/BalanceChart.h"

#include "credits/SpendingHistoryModel.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace CreatorDesk {

namespace {

// 1, 2 or 5 times a power of ten: a step that gives about `ticks` lines up to `maximum`.
qint64 niceStep(qint64 maximum, int ticks)
{
    const double raw = double(qMax<qint64>(1, maximum)) / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return qMax<qint64>(1, qint64(nice * magnitude));
}

} // namespace

BalanceChart::BalanceChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Balance over time"));
    setFocusPolicy(Qt::TabFocus); // reachable, so screen readers can read the summary
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    rebuild();
}

void BalanceChart::setModel(SpendingHistoryModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &BalanceChart::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &BalanceChart::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BalanceChart::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &BalanceChart::rebuild);
    }
    rebuild();
}

void BalanceChart::setConnectionKey(const QString &key)
{
    if (key == m_connectionKey)
        return;
    m_connectionKey = key;
    rebuild();
}

void BalanceChart::setThreshold(qint64 credits)
{
    if (credits == m_threshold)
        return;
    m_threshold = credits;
    update();
}

void BalanceChart::setCurrentBalance(const QDateTime &when, qint64 balance)
{
    if (m_current && m_current->when == when && m_current->balance == balance)
        return;
    m_current = Point{when, balance};
    rebuild();
}

void BalanceChart::clearCurrentBalance()
{
    if (!m_current)
        return;
    m_current.reset();
    rebuild();
}

void BalanceChart::rebuild()
{
    m_points.clear();
    if (m_model && !m_connectionKey.isEmpty()) {
        for (const SpendingRecord &record : m_model->recordsFor(m_connectionKey))
            if (record.balanceAfter)
                m_points.append({record.when, *record.balanceAfter});
    }
    // The current balance, unless the newest record already shows it.
    if (m_current && !m_connectionKey.isEmpty() &&
        (m_points.isEmpty() || (m_points.constLast().when < m_current->when &&
                                m_points.constLast().balance != m_current->balance)))
        m_points.append(*m_current);
    setAccessibleDescription(summary());
    update();
}

QString BalanceChart::summary() const
{
    if (m_points.size() < 2)
        return tr("Not enough spending recorded yet to draw the balance over time.");
    return tr("The balance went from %1 to %2 credits between %3 and %4, over %n records.", nullptr,
              int(m_points.size()))
        .arg(QLocale().toString(m_points.constFirst().balance),
             QLocale().toString(m_points.constLast().balance),
             QLocale().toString(m_points.constFirst().when.toLocalTime(), QLocale::ShortFormat),
             QLocale().toString(m_points.constLast().when.toLocalTime(), QLocale::ShortFormat));
}

QSize BalanceChart::sizeHint() const
{
    return {420, 200};
}

QSize BalanceChart::minimumSizeHint() const
{
    return {240, 140};
}

void BalanceChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void BalanceChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.18f);
    const QColor line = pal.color(QPalette::Highlight);
    const QFontMetrics metrics = fontMetrics();

    if (m_points.size() < 2) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         summary());
        return;
    }

    qint64 maximum = qMax<qint64>(m_threshold, 1);
    for (const Point &point : m_points)
        maximum = qMax(maximum, point.balance);
    const qint64 step = niceStep(maximum, 4);
    const qint64 top = ((maximum + step - 1) / step) * step;

    const int labelWidth = metrics.horizontalAdvance(QLocale().toString(top)) + 8;
    const QRect plot =
        rect().adjusted(labelWidth + 4, metrics.height() / 2 + 4, -12, -(metrics.height() + 10));
    if (plot.width() < 20 || plot.height() < 20)
        return;

    const qint64 start = m_points.constFirst().when.toMSecsSinceEpoch();
    const qint64 span = qMax<qint64>(1, m_points.constLast().when.toMSecsSinceEpoch() - start);
    auto toPoint = [&](const Point &point) {
        const double x = plot.left() + plot.width() *
                                           double(point.when.toMSecsSinceEpoch() - start) /
                                           double(span);
        const double y = plot.bottom() - plot.height() * double(point.balance) / double(top);
        return QPointF(x, y);
    };

    // Horizontal grid and the credit axis.
    painter.setFont(font());
    for (qint64 value = 0; value <= top; value += step) {
        const double y = plot.bottom() - plot.height() * double(value) / double(top);
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(text);
        painter.drawText(QRectF(0, y - metrics.height() / 2.0, labelWidth, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(value));
    }
    painter.setPen(QPen(text, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    // Time axis: first and last moment, and the middle when there is room.
    const bool sameDay = m_points.constFirst().when.toLocalTime().date() ==
                         m_points.constLast().when.toLocalTime().date();
    const bool withinMinutes = span < 10 * 60 * 1000;
    auto timeLabel = [sameDay, withinMinutes](const QDateTime &when) {
        const QDateTime local = when.toLocalTime();
        if (!sameDay)
            return QLocale().toString(local.date(), QStringLiteral("d MMM"));
        return QLocale().toString(local.time(), withinMinutes ? QStringLiteral("HH:mm:ss")
                                                              : QStringLiteral("HH:mm"));
    };
    const int labelY = plot.bottom() + 6;
    painter.drawText(QRect(plot.left(), labelY, plot.width() / 2, metrics.height()), Qt::AlignLeft,
                     timeLabel(m_points.constFirst().when));
    painter.drawText(QRect(plot.center().x(), labelY, plot.width() / 2, metrics.height()),
                     Qt::AlignRight, timeLabel(m_points.constLast().when));
    if (plot.width() > 360) {
        const QDateTime middle = QDateTime::fromMSecsSinceEpoch(start + span / 2, Qt::UTC);
        painter.drawText(QRect(plot.left(), labelY, plot.width(), metrics.height()),
                         Qt::AlignHCenter, timeLabel(middle));
    }

    // The warning level.
    if (m_threshold > 0 && m_threshold <= top) {
        const double y = plot.bottom() - plot.height() * double(m_threshold) / double(top);
        QColor warning(0xd9, 0x7a, 0x00);
        painter.setPen(QPen(warning, 1.5, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.drawText(
            QRectF(plot.left() + 4, y - metrics.height() - 1, plot.width() - 8, metrics.height()),
            Qt::AlignRight | Qt::AlignBottom, tr("warning level"));
    }

    // The balance: a step line, since it changes at each spending and stays in between.
    QPainterPath path(toPoint(m_points.constFirst()));
    for (qsizetype i = 1; i < m_points.size(); ++i) {
        const QPointF next = toPoint(m_points.at(i));
        path.lineTo(QPointF(next.x(), path.currentPosition().y()));
        path.lineTo(next);
    }
    painter.setPen(QPen(line, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setBrush(line);
    for (const Point &point : std::as_const(m_points))
        painter.drawEllipse(toPoint(point), 3, 3);
}

} // namespace CreatorDesk
