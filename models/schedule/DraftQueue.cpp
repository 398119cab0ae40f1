// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/DraftQueue.h"

#include "common/LoadState.h"
#include "schedule/DraftScheduler.h"
#include "schedule/PostingQueue.h"
#include "schedule/ScheduleModel.h"
#include "schedule/ScheduleRules.h"

#include <algorithm>

namespace CreatorDesk {

namespace {
QStringList accountIdsOf(const LocalDraft &draft)
{
    QStringList ids;
    for (const LocalDraft::Account &account : draft.accounts)
        ids.append(account.accountId);
    return ids;
}
} // namespace

DraftQueue::DraftQueue(PostingQueueStore *store, ScheduleModel *schedule, DraftScheduler *scheduler,
                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_schedule(schedule)
    , m_scheduler(scheduler)
{}

std::optional<QDateTime> DraftQueue::nextTime(const LocalDraft &draft, QString *why) const
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (draft.accounts.isEmpty() || draft.socialSetId.isEmpty())
        return refuse(tr("Choose the draft's accounts first: the queue belongs to their social "
                         "set."));
    const QueueSettings settings = m_store->settings(draft.socialSetId);
    if (settings.slots.isEmpty())
        return refuse(tr("This social set has no posting times yet. Set them in the Schedule "
                         "section (Posting times…)."));
    if (!m_schedule || !m_schedule->loadState()->hasLoaded())
        return refuse(tr("The schedule is still loading; try again in a moment."));
    const QList<QDateTime> free = PostingQueue::freeTimes(
        settings, m_schedule->items(), accountIdsOf(draft), QDateTime::currentDateTimeUtc(), 1);
    if (free.isEmpty())
        return refuse(tr("Every posting time of the next year is taken."));
    return free.constFirst();
}

QString DraftQueue::addToQueue(const LocalDraft &draft, std::optional<qint64> balance)
{
    QString why;
    const std::optional<QDateTime> when = nextTime(draft, &why);
    if (!when)
        return why;
    if (!m_scheduler)
        return tr("Scheduling is not available without a connection.");
    const QueueSettings settings = m_store->settings(draft.socialSetId);
    ScheduleChoice choice;
    choice.when = *when;
    choice.priority = settings.priority;
    choice.applyJitter = settings.applyJitter;
    for (const LocalDraft::Account &account : draft.accounts) {
        if (const std::optional<Platform> platform = platformFromId(account.platform))
            choice.targets.append({account.accountId, *platform, {}});
    }
    return m_scheduler->schedule(draft, choice, balance);
}

QList<DraftQueue::FreeTime>
DraftQueue::freeTimesBetween(const QDateTime &from, const QDateTime &to,
                             const QHash<QString, QStringList> &accountsBySet) const
{
    QList<FreeTime> times;
    if (!m_schedule)
        return times;
    const QDateTime start = std::max(from, QDateTime::currentDateTimeUtc());
    for (const QString &setId : m_store->socialSetIds()) {
        const QueueSettings settings = m_store->settings(setId);
        const QStringList accounts = accountsBySet.value(setId);
        for (const QDateTime &when : PostingQueue::slotTimes(settings, start, to)) {
            if (!PostingQueue::isTaken(when, m_schedule->items(), accounts))
                times.append({when, setId});
        }
    }
    std::sort(times.begin(), times.end(),
              [](const FreeTime &a, const FreeTime &b) { return a.when < b.when; });
    return times;
}

void DraftQueue::setSettings(const QString &socialSetId, const QueueSettings &settings,
                             QString *error)
{
    if (!m_store->setSettings(socialSetId, settings)) {
        if (error)
            *error = m_store->lastError();
        return;
    }
    Q_EMIT changed();
}

} // namespace CreatorDesk
