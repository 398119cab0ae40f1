// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleFixture.h"
#include "common/BannerBar.h"
#include "connections/SocialSetSource.h"
#include "drafts/DraftMime.h"
#include "schedule/DraftScheduler.h"
#include "schedule/MonthView.h"
#include "schedule/RescheduleController.h"
#include "schedule/ScheduleDialog.h"
#include "schedule/ScheduleEntryPanel.h"
#include "schedule/SchedulePane.h"
#include "schedule/WeekView.h"
#include "storage/DraftStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

// The calendar widgets offscreen against a real sandbox: dragging entries to reschedule (with
// a failure and its rollback), the keyboard, and a draft dropped from the drafts list.
class tst_CalendarView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void accessibleAndKeyboard();
    void weekDragSnapsAndReschedules();
    void weekDragFailureRollsBack();
    void monthDragKeepsTimeOfDay();
    void deleteKeyCancels();
    void droppedDraftIsScheduled();
    void dialogRefusesThePast();

private:
    void drag(CalendarView *view, const QPoint &from, const QPoint &to);
    ScheduleItem firstTips() const
    {
        return itemsOf(*m_pane->model(), QStringLiteral("draft-tips")).at(0);
    }

    SandboxProcess m_sandbox;
    std::unique_ptr<Connection> m_connection;
    SocialSetSource m_socialSets;
    std::unique_ptr<SchedulePane> m_pane;
};

void tst_CalendarView::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_CalendarView::init()
{
    QVERIFY(!m_sandbox.control(QStringLiteral("reset"), nlohmann::json::object()).is_discarded());
    QVERIFY(m_sandbox.setFaults(0));
    m_connection = std::make_unique<Connection>(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    m_pane = std::make_unique<SchedulePane>(&m_socialSets);
    m_pane->resize(1200, 900);
    m_pane->setTimeZone(QTimeZone::utc());
    m_pane->setClient(m_connection->api.get());
    m_socialSets.setClient(m_connection->api.get());
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->loadState()->hasLoaded(), 10'000);
    QCOMPARE(m_pane->model()->rowCount(), 4);
    m_pane->setAnchorDate(m_pane->grid().dateOf(firstTips().scheduledFor));
}

void tst_CalendarView::cleanup()
{
    m_pane.reset();
}

void tst_CalendarView::drag(CalendarView *view, const QPoint &from, const QPoint &to)
{
    // Real mouse events with the button held, through the view's own handlers.
    QMouseEvent press(QEvent::MouseButtonPress, from, view->mapToGlobal(from), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &press);
    const QPoint middle = (from + to) / 2;
    for (const QPoint &pos : {middle, to}) {
        QMouseEvent move(QEvent::MouseMove, pos, view->mapToGlobal(pos), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view, &move);
    }
    QVERIFY(view->isDragging());
    QMouseEvent release(QEvent::MouseButtonRelease, to, view->mapToGlobal(to), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view, &release);
    QVERIFY(!view->isDragging());
}

void tst_CalendarView::accessibleAndKeyboard()
{
    for (QWidget *view :
         {static_cast<QWidget *>(m_pane->monthView()), static_cast<QWidget *>(m_pane->weekView())})
        QVERIFY(!view->accessibleName().isEmpty());
    QVERIFY(!m_pane->timeZoneBox()->accessibleName().isEmpty());
    MonthView *month = m_pane->monthView();
    m_pane->setView(SchedulePane::Month);
    month->setFocus();
    QTest::keyClick(month, Qt::Key_Right);
    const int first = month->selectedEntry();
    QVERIFY(first >= 0);
    QTest::keyClick(month, Qt::Key_Right);
    QVERIFY(month->selectedEntry() != first);
    QTest::keyClick(month, Qt::Key_Left);
    QCOMPARE(month->selectedEntry(), first);
    // The selection is said in words, for the panel and for screen readers.
    QVERIFY(month->accessibleDescription().contains(m_pane->model()->entries().at(first).title));
    QVERIFY(m_pane->entryPanel()->text().contains(QStringLiteral("waiting")));
    const QString title = month->rangeTitle();
    QTest::keyClick(month, Qt::Key_PageDown);
    QVERIFY(month->rangeTitle() != title);
}

void tst_CalendarView::weekDragSnapsAndReschedules()
{
    m_pane->setView(SchedulePane::Week);
    WeekView *week = m_pane->weekView();
    const ScheduleItem tips = firstTips();
    const QRectF box = week->boxOf(tips.draftId, tips.scheduledFor);
    QVERIFY(box.isValid());
    const QDate day = m_pane->grid().dateOf(tips.scheduledFor);
    // To the same week, a day later if it fits, else a day earlier; at 14:07 -> snaps to 14:00.
    const QDate targetDay = day.addDays(day == m_pane->grid().weekEnd(day) ? -1 : 1);
    const QPoint grab = box.topLeft().toPoint() + QPoint(8, 4);
    const QPoint to = week->pointAt(targetDay, 14 * 60 + 7) + QPoint(0, 4);
    QSignalSpy moved(m_pane->controller(), &RescheduleController::moved);
    drag(week, grab, to);
    QVERIFY(moved.wait(10'000));
    const QDateTime expected = m_pane->grid().slotTime(targetDay, 14 * 60);
    QCOMPARE(moved.first().at(2).toDateTime(), expected);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->loadState()->isLoading(), 10'000);
    QCOMPARE(firstTips().scheduledFor.secsTo(expected) == 0 ||
                 itemsOf(*m_pane->model(), tips.draftId).at(1).scheduledFor == expected,
             true);
    QVERIFY(week->boxOf(tips.draftId, expected).isValid());
    // The moved entry stays selected, at its new time.
    QCOMPARE(week->selectedTime(), expected);
    QCOMPARE(week->selectedEntry(), m_pane->model()->entryIndex(tips.draftId, expected));
    QVERIFY(m_pane->undoAction()->isEnabled());
}

void tst_CalendarView::weekDragFailureRollsBack()
{
    m_pane->setView(SchedulePane::Week);
    WeekView *week = m_pane->weekView();
    const ScheduleItem tips = firstTips();
    const QRectF box = week->boxOf(tips.draftId, tips.scheduledFor);
    QVERIFY(box.isValid());
    connect(m_pane->controller(), &RescheduleController::requestStarting, this,
            [this](RescheduleController::Step step) {
                if (step == RescheduleController::Step::Schedule)
                    QVERIFY(m_sandbox.setFaults(1.0));
                else if (step == RescheduleController::Step::Restore)
                    QVERIFY(m_sandbox.setFaults(0));
            });
    QSignalSpy failed(m_pane->controller(), &RescheduleController::failed);
    const QPoint grab = box.topLeft().toPoint() + QPoint(8, 4);
    drag(week, grab, grab + QPoint(0, int(box.height() * 3)));
    QVERIFY(failed.wait(20'000));
    // The person is told, in the pane, and the entry is back where it was.
    QVERIFY(m_pane->banner()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->loadState()->isLoading(), 10'000);
    QCOMPARE(firstTips().scheduledFor, tips.scheduledFor);
    QCOMPARE(itemsOf(*m_pane->model(), tips.draftId).size(), 2);
    QVERIFY(week->boxOf(tips.draftId, tips.scheduledFor).isValid());
    QVERIFY(!m_pane->undoAction()->isEnabled());
}

void tst_CalendarView::monthDragKeepsTimeOfDay()
{
    m_pane->setView(SchedulePane::Month);
    MonthView *month = m_pane->monthView();
    const ScheduleItem tips = firstTips();
    const QRectF box = month->boxOf(tips.draftId, tips.scheduledFor);
    QVERIFY(box.isValid());
    const QDate day = m_pane->grid().dateOf(tips.scheduledFor);
    const QDate target = day.addDays(1); // later, so never in the past
    QVERIFY(month->cellRect(target).isValid());
    QSignalSpy moved(m_pane->controller(), &RescheduleController::moved);
    drag(month, box.center().toPoint(), month->cellRect(target).center().toPoint());
    QVERIFY(moved.wait(10'000));
    const QDateTime to = moved.first().at(2).toDateTime();
    QCOMPARE(m_pane->grid().dateOf(to), target);
    QCOMPARE(to.time(), tips.scheduledFor.time()); // UTC zone: same time of day
}

void tst_CalendarView::deleteKeyCancels()
{
    m_pane->setConfirmationsSkipped(true);
    m_pane->setView(SchedulePane::Month);
    MonthView *month = m_pane->monthView();
    const ScheduleItem tips = firstTips();
    month->selectEntry(tips.draftId, tips.scheduledFor);
    QVERIFY(month->selectedEntry() >= 0);
    QSignalSpy cancelled(m_pane->controller(), &RescheduleController::cancelled);
    month->setFocus();
    QTest::keyClick(month, Qt::Key_Delete);
    QVERIFY(cancelled.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->model()->loadState()->isLoading(), 10'000);
    // Only that time went; the draft's other time is still there.
    const QList<ScheduleItem> left = itemsOf(*m_pane->model(), tips.draftId);
    QCOMPARE(left.size(), 1);
    QVERIFY(left.constFirst().scheduledFor != tips.scheduledFor);
}

void tst_CalendarView::droppedDraftIsScheduled()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    LocalDraft draft;
    draft.id = DraftStore::newId();
    draft.title = QStringLiteral("Dropped on the week");
    draft.posts = {{QStringLiteral("Dragged from the drafts list"), {}}};
    draft.accounts = {{QStringLiteral("acc-personal-mastodon"), QStringLiteral("set-personal"),
                       QStringLiteral("mastodon"), QStringLiteral("demo_writer")}};
    draft.socialSetId = QStringLiteral("set-personal");
    QVERIFY(store.save(draft));
    m_pane->setDraftStore(&store);
    m_pane->setView(SchedulePane::Week);
    WeekView *week = m_pane->weekView();
    const QDate day = m_pane->grid().weekEnd(m_pane->grid().dateOf(firstTips().scheduledFor));
    const QPoint pos = week->pointAt(day, 16 * 60 + 20);
    QMimeData mime;
    mime.setData(draftIdMimeType(), draft.id.toUtf8());
    // As a drag from the drafts list arrives: enter, move, drop.
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(week, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent over(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(week, &over);
    QVERIFY(over.isAccepted());
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(week, &drop);
    QVERIFY(drop.isAccepted());
    ScheduleDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_pane->findChild<ScheduleDialog *>()) != nullptr);
    QCOMPARE(dialog->choice().when, m_pane->grid().slotTime(day, 16 * 60 + 15));
    QCOMPARE(dialog->choice().targets.size(), 1);
    QSignalSpy scheduled(m_pane->draftScheduler(), &DraftScheduler::scheduled);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(scheduled.wait(10'000));
    const QString serverId = scheduled.first().at(1).toString();
    QTRY_VERIFY_WITH_TIMEOUT(!itemsOf(*m_pane->model(), serverId).isEmpty(), 10'000);
    QCOMPARE(itemsOf(*m_pane->model(), serverId).constFirst().platformName,
             QStringLiteral("mastodon"));
    QCOMPARE(store.load(draft.id)->serverCopies.size(), 1);
}

void tst_CalendarView::dialogRefusesThePast()
{
    CalendarGrid grid(QTimeZone::utc(), Qt::Monday);
    ScheduleDialog dialog(QStringLiteral("Past"), QDateTime::currentDateTimeUtc().addSecs(-7200),
                          grid, nullptr, [](const ScheduleChoice &choice) {
                              return ScheduleRules::timeRefusal(choice.when,
                                                                QDateTime::currentDateTimeUtc());
                          });
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.reasonLabel()->text().contains(QStringLiteral("passed")));
    const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
    dialog.timeEdit()->setDateTime(QDateTime(tomorrow.date(), tomorrow.time()));
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.reasonLabel()->text().isEmpty());
}

QTEST_MAIN(tst_CalendarView)
#include "tst_calendarview.moc"
