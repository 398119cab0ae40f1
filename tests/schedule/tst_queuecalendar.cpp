// SPDX-License-Identifier: GPL-3.0-or-later
// "Add to queue" against a real sandbox: a draft goes to its social set's next free posting
// time through the schedule endpoint, the next draft for the same accounts to the time after,
// the week view paints the free times (and not the taken one), a draft dropped on a free time
// is offered exactly that time, and the posting-times dialog edits the slots.
#include "ScheduleFixture.h"
#include "connections/SocialSetSource.h"
#include "drafts/DraftMime.h"
#include "schedule/DraftQueue.h"
#include "schedule/DraftScheduler.h"
#include "schedule/PostingQueue.h"
#include "schedule/QueueCalendar.h"
#include "schedule/QueueSlotsDialog.h"
#include "schedule/ScheduleDialog.h"
#include "schedule/SchedulePane.h"
#include "schedule/WeekView.h"
#include "storage/DraftStore.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

class tst_QueueCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addToQueueTakesTheNextFreeTime();
    void noPostingTimesSaysWhere();
    void weekShowsFreeTimesAndDropUsesThem();
    void slotsDialogEdits();

private:
    LocalDraft savedDraft(const QString &title);
    QString queueAndWait(const LocalDraft &draft, QDateTime *when);

    SandboxProcess m_sandbox;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<PostingQueueStore> m_queues;
    SocialSetSource m_socialSets;
    std::unique_ptr<SchedulePane> m_pane;
};

void tst_QueueCalendar::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_QueueCalendar::init()
{
    QVERIFY(!m_sandbox.control(QStringLiteral("reset"), nlohmann::json::object()).is_discarded());
    m_dir = std::make_unique<QTemporaryDir>();
    m_drafts = std::make_unique<DraftStore>(m_dir->filePath(QStringLiteral("drafts")));
    m_queues = std::make_unique<PostingQueueStore>(m_dir->filePath(QStringLiteral("queue.json")));
    m_connection = std::make_unique<Connection>(m_sandbox, QStringLiteral("xaicreator"), demoKey);
    m_pane = std::make_unique<SchedulePane>(&m_socialSets);
    m_pane->resize(1200, 900);
    m_pane->setTimeZone(QTimeZone::utc());
    m_pane->setDraftStore(m_drafts.get());
    m_pane->setPostingQueue(m_queues.get());
    m_pane->setClient(m_connection->api.get());
    m_socialSets.setClient(m_connection->api.get());
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->model()->loadState()->hasLoaded(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_socialSets.sets().isEmpty(), 10'000);
}

void tst_QueueCalendar::cleanup()
{
    m_pane.reset();
    m_queues.reset();
    m_drafts.reset();
    m_dir.reset();
}

LocalDraft tst_QueueCalendar::savedDraft(const QString &title)
{
    LocalDraft draft;
    draft.id = DraftStore::newId();
    draft.title = title;
    draft.posts = {{title + QStringLiteral(", from the queue"), {}}};
    draft.accounts = {{QStringLiteral("acc-personal-mastodon"), QStringLiteral("set-personal"),
                       QStringLiteral("mastodon"), QStringLiteral("demo_writer")}};
    draft.socialSetId = QStringLiteral("set-personal");
    m_drafts->save(draft);
    return draft;
}

QString tst_QueueCalendar::queueAndWait(const LocalDraft &draft, QDateTime *when)
{
    QSignalSpy scheduled(m_pane->draftScheduler(), &DraftScheduler::scheduled);
    m_pane->queueDraft(draft.id);
    if (!scheduled.wait(10'000))
        return {};
    *when = scheduled.first().at(2).toDateTime();
    return scheduled.first().at(1).toString();
}

void tst_QueueCalendar::addToQueueTakesTheNextFreeTime()
{
    // Every day at 06:00 and 18:00 UTC.
    QueueSettings settings;
    settings.timeZone = QStringLiteral("UTC");
    settings.applyJitter = false;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        settings.slots << QueueSlot{day, QTime(6, 0)} << QueueSlot{day, QTime(18, 0)};
    QVERIFY(m_queues->setSettings(QStringLiteral("set-personal"), settings));
    const QList<QDateTime> expected = PostingQueue::freeTimes(
        settings, m_pane->model()->items(), {QStringLiteral("acc-personal-mastodon")},
        QDateTime::currentDateTimeUtc(), 2);
    QCOMPARE(expected.size(), 2);

    QDateTime first;
    const QString firstId = queueAndWait(savedDraft(QStringLiteral("First")), &first);
    QVERIFY(!firstId.isEmpty());
    QCOMPARE(first, expected.at(0));
    // The server has it at that time, for that account, without jitter.
    QTRY_VERIFY_WITH_TIMEOUT(!itemsOf(*m_pane->model(), firstId).isEmpty(), 10'000);
    const ScheduleItem item = itemsOf(*m_pane->model(), firstId).constFirst();
    QCOMPARE(item.scheduledFor, expected.at(0));
    QCOMPARE(item.accountUuid, QStringLiteral("acc-personal-mastodon"));
    QCOMPARE(item.jitterSeconds, 0);

    // The same accounts again: the next time, as the first is taken now.
    QDateTime second;
    QVERIFY(!queueAndWait(savedDraft(QStringLiteral("Second")), &second).isEmpty());
    QCOMPARE(second, expected.at(1));
}

void tst_QueueCalendar::noPostingTimesSaysWhere()
{
    QString why;
    QVERIFY(!m_pane->queueCalendar()->queue()->nextTime(savedDraft(QStringLiteral("x")), &why));
    QVERIFY2(why.contains(QStringLiteral("Posting times")), qPrintable(why));
    LocalDraft noAccounts = savedDraft(QStringLiteral("y"));
    noAccounts.accounts.clear();
    noAccounts.socialSetId.clear();
    QVERIFY(!m_pane->queueCalendar()->queue()->nextTime(noAccounts, &why));
    QVERIFY2(why.contains(QStringLiteral("accounts")), qPrintable(why));
}

void tst_QueueCalendar::weekShowsFreeTimesAndDropUsesThem()
{
    QueueSettings settings;
    settings.timeZone = QStringLiteral("UTC");
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        settings.slots << QueueSlot{day, QTime(12, 0)};
    QString error;
    m_pane->queueCalendar()->queue()->setSettings(QStringLiteral("set-personal"), settings, &error);
    QVERIFY(error.isEmpty());
    m_pane->setView(SchedulePane::Week);
    const QDate nextWeek = QDate::currentDate().addDays(7);
    m_pane->setAnchorDate(nextWeek);
    WeekView *week = m_pane->weekView();
    QTRY_VERIFY(!week->queueTimes().isEmpty());
    // A free time of every set with a queue; all at 12:00 UTC.
    for (const WeekView::QueueTime &time : week->queueTimes()) {
        QCOMPARE(time.when.time(), QTime(12, 0));
        QVERIFY(!time.label.isEmpty());
    }
    const WeekView::QueueTime target = week->queueTimes().constFirst();
    const QPoint pos = week->pointAt(m_pane->grid().dateOf(target.when), 12 * 60 + 10);
    QCOMPARE(week->queueTimeAt(pos), 0);

    const LocalDraft draft = savedDraft(QStringLiteral("Dropped on a free time"));
    QMimeData mime;
    mime.setData(draftIdMimeType(), draft.id.toUtf8());
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(week, &enter);
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(week, &drop);
    ScheduleDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_pane->findChild<ScheduleDialog *>()) != nullptr);
    // The free time itself, not the 15-minute grid under the pointer.
    QCOMPARE(dialog->choice().when, target.when);
    dialog->reject();
}

void tst_QueueCalendar::slotsDialogEdits()
{
    QueueSlotsDialog *dialog =
        m_pane->queueCalendar()->openSlotsDialog(m_pane.get(), QStringLiteral("set-personal"));
    QVERIFY(dialog);
    QCOMPARE(dialog->setBox()->currentData().toString(), QStringLiteral("set-personal"));
    QCOMPARE(dialog->slotList()->count(), 0);
    dialog->dayBox()->setCurrentIndex(dialog->dayBox()->findData(QueueSlotsDialog::Weekdays));
    dialog->timeEdit()->setTime(QTime(9, 0));
    dialog->addButton()->click();
    QCOMPARE(dialog->slotList()->count(), 5);
    dialog->dayBox()->setCurrentIndex(dialog->dayBox()->findData(int(Qt::Saturday)));
    dialog->timeEdit()->setTime(QTime(17, 30));
    dialog->addButton()->click();
    QCOMPARE(dialog->slotList()->count(), 6);
    dialog->slotList()->setCurrentRow(0); // Monday 09:00
    dialog->removeButton()->click();
    QCOMPARE(dialog->slotList()->count(), 5);
    dialog->accept();
    const QueueSettings kept = m_queues->settings(QStringLiteral("set-personal"));
    QCOMPARE(kept.slots.size(), 5);
    QCOMPARE(kept.slots.constFirst(), (QueueSlot{Qt::Tuesday, QTime(9, 0)}));
    QCOMPARE(kept.slots.constLast(), (QueueSlot{Qt::Saturday, QTime(17, 30)}));
    // Kept in the file, for the CLI too.
    QCOMPARE(PostingQueueStore(m_queues->fileName()).settings(QStringLiteral("set-personal")),
             kept);
}

QTEST_MAIN(tst_QueueCalendar)
#include "tst_queuecalendar.moc"
