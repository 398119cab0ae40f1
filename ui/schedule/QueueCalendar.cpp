// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/QueueCalendar.h"

#include "common/LoadState.h"
#include "connections/SocialSetSource.h"
#include "schedule/CalendarToolBar.h"
#include "schedule/DraftQueue.h"
#include "schedule/QueueSlotsDialog.h"
#include "schedule/ScheduleModel.h"
#include "schedule/WeekView.h"

#include <QToolButton>

namespace CreatorDesk {

QueueCalendar::QueueCalendar(PostingQueueStore *store, ScheduleModel *model,
                             DraftScheduler *scheduler, SocialSetSource *sets, WeekView *week,
                             QObject *parent)
    : QObject(parent)
    , m_queue(new DraftQueue(store, model, scheduler, this))
    , m_model(model)
    , m_sets(sets)
    , m_week(week)
{
    connect(m_queue, &DraftQueue::changed, this, &QueueCalendar::updateWeek);
    connect(model, &ScheduleModel::entriesChanged, this, &QueueCalendar::updateWeek);
    connect(model->loadState(), &LoadState::changed, this, &QueueCalendar::retryPending);
    connect(sets, &SocialSetSource::setsChanged, this, &QueueCalendar::updateWeek);
    connect(week, &CalendarView::anchorDateChanged, this, &QueueCalendar::updateWeek);
    updateWeek();
}

void QueueCalendar::addToQueue(const LocalDraft &draft, std::optional<qint64> balance)
{
    if (!m_model->loadState()->hasLoaded()) {
        // Asked before the schedule was read: read it, then choose the time.
        m_pending = draft;
        m_pendingBalance = balance;
        if (!m_model->loadState()->isLoading())
            m_model->refresh();
        Q_EMIT message(false, tr("Reading the schedule to find the next free posting time…"));
        return;
    }
    // addToQueue() finds the time itself and says why there is none.
    if (const QString refusal = m_queue->addToQueue(draft, balance); !refusal.isEmpty())
        Q_EMIT message(true, refusal);
}

void QueueCalendar::retryPending()
{
    const LoadState *state = m_model->loadState();
    if (!m_pending || state->isLoading())
        return;
    const LocalDraft draft = *std::exchange(m_pending, std::nullopt);
    if (!state->errorText().isEmpty()) {
        Q_EMIT message(true, tr("The draft was not queued: the schedule could not be read (%1).")
                                 .arg(state->errorText()));
        return;
    }
    addToQueue(draft, m_pendingBalance);
}

QueueSlotsDialog *QueueCalendar::openSlotsDialog(QWidget *parent, const QString &socialSetId)
{
    QList<QueueSlotsDialog::SocialSetName> names;
    QHash<QString, QueueSettings> current;
    for (const SocialSet &set : m_sets->sets()) {
        names.append({set.id, set.name});
        current.insert(set.id, m_queue->store()->settings(set.id));
    }
    auto *dialog = new QueueSlotsDialog(names, current, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!socialSetId.isEmpty())
        dialog->selectSet(socialSetId);
    connect(dialog, &QDialog::accepted, this, [this, dialog, current] {
        const QHash<QString, QueueSettings> edited = dialog->edited();
        for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
            if (it.value() == current.value(it.key()))
                continue;
            QString error;
            m_queue->setSettings(it.key(), it.value(), &error);
            if (!error.isEmpty()) {
                Q_EMIT message(true, tr("The posting times were not kept: %1").arg(error));
                return;
            }
        }
        Q_EMIT message(false, tr("Posting times kept."));
    });
    dialog->open();
    return dialog;
}

void QueueCalendar::addButtonTo(CalendarToolBar *toolBar, QWidget *dialogParent)
{
    auto *button = new QToolButton(toolBar);
    button->setObjectName(QStringLiteral("postingTimes"));
    button->setText(tr("Posting times…"));
    button->setAccessibleName(tr("Edit the posting times of the social sets' queues"));
    button->setToolTip(tr("Weekly times that \"Add to queue\" fills, per social set"));
    connect(button, &QToolButton::clicked, this,
            [this, dialogParent] { openSlotsDialog(dialogParent); });
    toolBar->addButton(button);
}

void QueueCalendar::updateWeek()
{
    if (!m_week || !m_sets)
        return;
    QHash<QString, QStringList> accounts;
    QHash<QString, QString> names;
    for (const SocialSet &set : m_sets->sets()) {
        names.insert(set.id, set.name);
        accounts.insert(set.id, set.accountIds());
    }
    const QDateTime from = m_week->grid().weekRangeStart(m_week->anchorDate());
    QList<WeekView::QueueTime> times;
    for (const DraftQueue::FreeTime &free :
         m_queue->freeTimesBetween(from, from.addDays(8), accounts)) {
        if (names.contains(free.socialSetId))
            times.append({free.when, names.value(free.socialSetId)});
    }
    m_week->setQueueTimes(times);
}

} // namespace CreatorDesk
