// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule calendar with 10 000 scheduled items: model reload, month and week repaint
// (layout included), and one drag step (mouse move + repaint). Each figure is printed beside a
// reference measured in the same run: the same view with no items, and sorting the same
// items in a plain container. Figures only; nothing here fails on speed.
#include "schedule/MonthView.h"
#include "schedule/ScheduleModel.h"
#include "schedule/WeekView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace CreatorDesk;

namespace {

constexpr int ItemCount = 10'000;
constexpr int Runs = 30;

QList<ScheduleItem> makeItems(const QDateTime &start, int days)
{
    static const char *const platforms[] = {"twitter", "bluesky", "mastodon", "threads",
                                            "linkedin"};
    QRandomGenerator random(42);
    QList<ScheduleItem> items;
    items.reserve(ItemCount);
    int draft = 0;
    while (items.size() < ItemCount) {
        // A draft to 1–3 platforms at one quarter-hour.
        const QDateTime when = start.addSecs(qint64(random.bounded(days * 96)) * 15 * 60);
        const int targets = 1 + int(random.bounded(3));
        for (int t = 0; t < targets && items.size() < ItemCount; ++t) {
            ScheduleItem item;
            item.id = QStringLiteral("q%1").arg(items.size());
            item.draftId = QStringLiteral("d%1").arg(draft);
            item.draftTitle = QStringLiteral("Draft number %1").arg(draft);
            item.scheduledFor = when;
            item.platformName = QString::fromLatin1(platforms[(draft + t) % 5]);
            item.accountUuid = QStringLiteral("acc-%1").arg(t);
            item.status = QStringLiteral("scheduled");
            item.jitterSeconds = (draft % 2) ? 90 : 0;
            items.append(item);
        }
        ++draft;
    }
    return items;
}

double medianMs(const std::function<void()> &run)
{
    QList<double> times;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// One repaint with the layout redone, as after a reload or a change of period.
double repaintMs(CalendarView &view, QImage &image)
{
    const QDate anchor = view.anchorDate();
    return medianMs([&] {
        view.setAnchorDate(anchor.addDays(1));
        view.setAnchorDate(anchor);
        view.render(&image);
    });
}

void row(const char *name, double ours, double reference, const char *goal)
{
    std::printf("%-34s %10.2f %10.2f   %s\n", name, ours, reference, goal);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const CalendarGrid grid(QTimeZone("Europe/Berlin"), Qt::Monday);
    // 10 000 items over one month: the month view shows all of them, the week view a quarter.
    const QDate first(2026, 11, 1);
    const QList<ScheduleItem> items = makeItems(grid.startOfDay(first), 30);

    ScheduleModel model;
    ScheduleModel empty;
    const double reload = medianMs([&] { model.setItems(items); });
    const double sortOnly = medianMs([&] {
        QList<ScheduleItem> copy = items;
        std::sort(copy.begin(), copy.end(), [](const ScheduleItem &a, const ScheduleItem &b) {
            return a.scheduledFor < b.scheduledFor;
        });
    });

    const QSize size(1200, 800);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    MonthView month(&model);
    MonthView emptyMonth(&empty);
    WeekView week(&model);
    WeekView emptyWeek(&empty);
    for (CalendarView *view :
         {static_cast<CalendarView *>(&month), static_cast<CalendarView *>(&emptyMonth),
          static_cast<CalendarView *>(&week), static_cast<CalendarView *>(&emptyWeek)}) {
        view->setGrid(grid);
        view->setAnchorDate(QDate(2026, 11, 18));
        view->resize(size);
        view->render(&image); // first paint: fonts and caches warm
    }
    const double monthPaint = repaintMs(month, image);
    const double monthEmpty = repaintMs(emptyMonth, image);
    const double weekPaint = repaintMs(week, image);
    const double weekEmpty = repaintMs(emptyWeek, image);

    // A drag in the week view: press on the first box, then one move + repaint per step.
    const QRectF box = week.boxes().constFirst().rect;
    const QPoint start = box.center().toPoint();
    QMouseEvent press(QEvent::MouseButtonPress, start, start, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(&week, &press);
    int step = 0;
    const double drag = medianMs([&] {
        const QPoint pos = start + QPoint((step % 7) * 40, 20 + (step % 13) * 25);
        ++step;
        QMouseEvent move(QEvent::MouseMove, pos, pos, Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&week, &move);
        week.render(&image);
    });
    const double emptyPaint = medianMs([&] { emptyWeek.render(&image); });

    std::printf("calendar: %d items, %lld entries; %dx%d; median of %d runs (ms)\n", ItemCount,
                qlonglong(model.entries().size()), size.width(), size.height(), Runs);
    std::printf("%-34s %10s %10s   %s\n", "benchmark", "ours", "reference", "goal");
    row("month repaint (with layout)", monthPaint, monthEmpty, "< 8 ms; ref: empty month");
    row("week repaint (with layout)", weekPaint, weekEmpty, "< 8 ms; ref: empty week");
    row("model reload (10 000 items)", reload, sortOnly, "< 50 ms; ref: sort only");
    row("week drag step (move + repaint)", drag, emptyPaint, "smooth; ref: empty repaint");
    return 0;
}
