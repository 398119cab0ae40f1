// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/SocialSetSource.h"
#include "schedule/ScheduleAgendaView.h"
#include "schedule/ScheduleModel.h"
#include "schedule/SchedulePane.h"
#include "schedule/WeekView.h"

#include <QSignalSpy>
#include <QTest>

using namespace CreatorDesk;

// The week shows at most WeekView::MaxColumns entries side by side; the rest of that time are
// counted on a "+N more" marker, which is painted, clickable, reachable with "+" and described
// for screen readers, and which opens the agenda at the first hidden entry.
class tst_WeekOverflow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void marker_data();
    void marker();
    void clickOpensTheAgendaAtTheHiddenEntry();
    void plusKeyWalksThroughMarkers();

private:
    // `count` drafts at one time, each its own entry.
    static QList<ScheduleItem> itemsAt(const QDateTime &when, int count, const QString &prefix);
    void setUpPane(SchedulePane &pane, const QList<ScheduleItem> &items) const;

    QTimeZone m_zone{"Europe/Berlin"};
    QDate m_day{2026, 12, 2}; // a Wednesday
};

void tst_WeekOverflow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

QList<ScheduleItem> tst_WeekOverflow::itemsAt(const QDateTime &when, int count,
                                              const QString &prefix)
{
    QList<ScheduleItem> items;
    for (int i = 0; i < count; ++i) {
        ScheduleItem item;
        item.id = QStringLiteral("%1-q%2").arg(prefix).arg(i);
        item.draftId = QStringLiteral("%1-d%2").arg(prefix).arg(i);
        item.draftTitle = QStringLiteral("Post %1").arg(i + 1);
        item.scheduledFor = when;
        item.platformName = QStringLiteral("bluesky");
        item.accountUuid = QStringLiteral("acc-bluesky");
        item.status = QStringLiteral("scheduled");
        items.append(item);
    }
    return items;
}

void tst_WeekOverflow::setUpPane(SchedulePane &pane, const QList<ScheduleItem> &items) const
{
    pane.setTimeZone(m_zone);
    pane.setAnchorDate(m_day);
    pane.setView(SchedulePane::Week);
    pane.model()->setItems(items);
    pane.resize(1200, 900);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
}

void tst_WeekOverflow::marker_data()
{
    QTest::addColumn<int>("entries");
    QTest::addColumn<QString>("markerText"); // empty: no marker
    QTest::newRow("3 at once") << 3 << QString();
    QTest::newRow("4 at once") << 4 << QString();
    QTest::newRow("5 at once") << 5 << QStringLiteral("+1 more");
    QTest::newRow("9 at once") << 9 << QStringLiteral("+5 more");
}

void tst_WeekOverflow::marker()
{
    QFETCH(int, entries);
    QFETCH(QString, markerText);
    SocialSetSource paneSets;
    SchedulePane pane(&paneSets);
    const QDateTime when = QDateTime(m_day, QTime(9, 0), m_zone).toUTC();
    setUpPane(pane, itemsAt(when, entries, QStringLiteral("a")));
    WeekView *week = pane.weekView();

    QCOMPARE(week->boxes().size(), std::min(entries, int(WeekView::MaxColumns)));
    const QList<WeekView::OverflowMarker> &markers = week->overflowMarkers();
    if (markerText.isEmpty()) {
        QVERIFY(markers.isEmpty());
        return;
    }
    QCOMPARE(markers.size(), 1);
    const WeekView::OverflowMarker marker = markers.constFirst();
    QCOMPARE(week->overflowText(marker), markerText);
    QCOMPARE(marker.count, entries - WeekView::MaxColumns);
    // In the slot's day column, within the slot's height, and not hidden by the boxes.
    const QRectF slot = week->boxes().constFirst().rect;
    QVERIFY(marker.rect.top() >= slot.top() && marker.rect.bottom() <= slot.bottom() + 2);
    QCOMPARE(week->dayAt(int(marker.rect.center().x())), m_day);
    QCOMPARE(week->overflowMarkerAt(marker.rect.center().toPoint()), 0);
    const QString description = week->overflowDescription(marker);
    QVERIFY2(description.contains(QStringLiteral("09:00")), qPrintable(description));
    QVERIFY2(description.contains(QString::number(marker.count)), qPrintable(description));

    // Painted: the marker's pixels differ from the same week without the hidden entries.
    const QImage withMarker = week->grab().toImage();
    pane.model()->setItems(itemsAt(when, WeekView::MaxColumns, QStringLiteral("a")));
    QVERIFY(week->overflowMarkers().isEmpty());
    const QImage without = week->grab().toImage();
    const QRect area = marker.rect.toAlignedRect().intersected(withMarker.rect());
    QVERIFY(withMarker.copy(area) != without.copy(area));
}

void tst_WeekOverflow::clickOpensTheAgendaAtTheHiddenEntry()
{
    SocialSetSource paneSets;
    SchedulePane pane(&paneSets);
    const QDateTime when = QDateTime(m_day, QTime(9, 0), m_zone).toUTC();
    setUpPane(pane, itemsAt(when, 7, QStringLiteral("a")));
    WeekView *week = pane.weekView();
    QSignalSpy activated(week, &WeekView::overflowActivated);
    QCOMPARE(week->overflowMarkers().size(), 1);
    const WeekView::OverflowMarker marker = week->overflowMarkers().constFirst();
    QCOMPARE(marker.count, 3);

    QTest::mouseClick(week, Qt::LeftButton, {}, marker.rect.center().toPoint());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), marker.firstHidden);
    QCOMPARE(activated.at(0).at(1).toInt(), 3);
    // The week selects the first hidden entry and says so; the pane lists it in the agenda.
    QCOMPARE(week->selectedEntry(), marker.firstHidden);
    QVERIFY(week->boxOf(week->selectedDraftId(), week->selectedTime()).isNull());
    QVERIFY(week->accessibleDescription().contains(QStringLiteral("Click here, or press +")));
    QCOMPARE(pane.view(), SchedulePane::Agenda);
    const ScheduleEntry &hidden = pane.model()->entries().at(marker.firstHidden);
    QCOMPARE(pane.agendaView()->currentIndex().row(), hidden.firstRow);
    QCOMPARE(pane.selectedEntry(), marker.firstHidden);
}

void tst_WeekOverflow::plusKeyWalksThroughMarkers()
{
    WeekView week(new ScheduleModel(this));
    week.setGrid(CalendarGrid(m_zone, Qt::Monday));
    week.setAnchorDate(m_day);
    week.resize(1200, 900);
    // Two crowded times on two days: two markers, "+" goes to each in turn and round again.
    QList<ScheduleItem> items =
        itemsAt(QDateTime(m_day, QTime(9, 0), m_zone).toUTC(), 6, QStringLiteral("a"));
    items +=
        itemsAt(QDateTime(m_day.addDays(1), QTime(15, 0), m_zone).toUTC(), 5, QStringLiteral("b"));
    week.model()->setItems(items);
    const QList<WeekView::OverflowMarker> markers = week.overflowMarkers();
    QCOMPARE(markers.size(), 2);
    QCOMPARE(markers.at(0).count, 2);
    QCOMPARE(markers.at(1).count, 1);
    QSignalSpy activated(&week, &WeekView::overflowActivated);
    for (int press = 0; press < 3; ++press) {
        QTest::keyClick(&week, Qt::Key_Plus);
        QCOMPARE(activated.size(), press + 1);
        QCOMPARE(week.selectedEntry(), markers.at(press % 2).firstHidden);
    }
    // Without markers "+" does nothing.
    week.model()->setItems({});
    QTest::keyClick(&week, Qt::Key_Plus);
    QCOMPARE(activated.size(), 3);
}

QTEST_MAIN(tst_WeekOverflow)
#include "tst_weekoverflow.moc"
