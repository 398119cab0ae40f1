// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/RescheduleController.h"

#include "api/ApiClient.h"
#include "schedule/ScheduleModel.h"
#include "schedule/ScheduleRules.h"

namespace CreatorDesk {

namespace {

// A retry goes out this long after it is asked for (plus the minimum lead).
constexpr int RetryDelaySeconds = 120;

} // namespace

RescheduleController::RescheduleController(ScheduleModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_leadSeconds(ScheduleRules::MinimumLeadSeconds)
{}

void RescheduleController::setClient(ApiClient *client)
{
    m_client = client;
    m_undo.reset();
    m_retried.clear();
    Q_EMIT undoAvailableChanged(false);
}

QString RescheduleController::planFor(const QString &draftId, const QDateTime &at, Plan &plan) const
{
    if (!m_client)
        return tr("Not connected: choose an xAIcreator connection in the toolbar.");
    if (m_busy)
        return tr("Another change to the schedule is still being sent. Try again in a moment.");
    const QList<ScheduleItem> pending = m_model->pendingItems(draftId);
    plan.draftId = draftId;
    for (const ScheduleItem &item : pending) {
        if (plan.title.isEmpty())
            plan.title = item.draftTitle;
        const bool isMoving = item.scheduledFor == at;
        Group *group = nullptr;
        if (isMoving) {
            if (!plan.moving)
                plan.moving = Group{item.scheduledFor, {}, item.priority, false};
            group = &*plan.moving;
        } else {
            for (Group &kept : plan.kept) {
                if (kept.when == item.scheduledFor)
                    group = &kept;
            }
            if (!group) {
                plan.kept.append(Group{item.scheduledFor, {}, item.priority, false});
                group = &plan.kept.last();
            }
        }
        const std::optional<Platform> platform = platformFromId(item.platformName);
        group->targets.append({item.accountUuid, platform.value_or(Platform::Twitter), {}});
        // The list does not say whether jitter was asked for; an offset says it was.
        group->applyJitter = group->applyJitter || item.jitterSeconds != 0;
    }
    if (plan.title.isEmpty())
        plan.title = tr("Untitled draft");
    if (!plan.moving)
        return tr("This post is no longer waiting: it is being published, was published or "
                  "failed. Refresh the calendar to see where it is.");
    return {};
}

void RescheduleController::begin(const QString &draftId)
{
    m_busy = true;
    m_model->setBusy(draftId, true);
    Q_EMIT busyChanged(true);
}

void RescheduleController::end(const QString &draftId)
{
    m_busy = false;
    m_model->setBusy(draftId, false);
    Q_EMIT busyChanged(false);
    m_model->refresh();
}

QString RescheduleController::move(const QString &draftId, const QDateTime &from,
                                   const QDateTime &to)
{
    if (QString reason =
            ScheduleRules::timeRefusal(to, QDateTime::currentDateTimeUtc(), m_leadSeconds);
        !reason.isEmpty())
        return reason;
    Plan plan;
    if (QString reason = planFor(draftId, from, plan); !reason.isEmpty())
        return reason;
    if (from == to)
        return {};
    begin(draftId);
    cancelThen(plan, [this, plan, to] {
        Group atNewTime = *plan.moving;
        atNewTime.when = to;
        scheduleGroup(
            plan.draftId, atNewTime, Step::Schedule, [this, plan, to](const QString &error) {
                if (error.isEmpty()) {
                    restoreKept(plan, 0, {}, [this, plan, to](const QString &keptError) {
                        m_undo = Undo{plan.draftId, plan.moving->when, to};
                        Q_EMIT undoAvailableChanged(true);
                        end(plan.draftId);
                        if (!keptError.isEmpty())
                            Q_EMIT failed(keptError);
                        Q_EMIT moved(plan.draftId, plan.moving->when, to);
                    });
                    return;
                }
                // Put it back where it was, with the rest of the draft.
                Plan back = plan;
                back.kept.prepend(*plan.moving);
                restoreKept(back, 0, {}, [this, plan, error](const QString &restoreError) {
                    end(plan.draftId);
                    if (restoreError.isEmpty())
                        Q_EMIT failed(tr("Could not move \"%1\": %2 It is still scheduled at its "
                                         "old time.")
                                          .arg(plan.title, error));
                    else
                        Q_EMIT failed(
                            tr("Could not move \"%1\": %2 Putting it back at its old time "
                               "failed too: %3 Schedule it again from the drafts.")
                                .arg(plan.title, error, restoreError));
                });
            });
    });
    return {};
}

QString RescheduleController::cancelEntry(const QString &draftId, const QDateTime &at)
{
    Plan plan;
    if (QString reason = planFor(draftId, at, plan); !reason.isEmpty())
        return reason;
    begin(draftId);
    cancelThen(plan, [this, plan, at] {
        restoreKept(plan, 0, {}, [this, plan, at](const QString &keptError) {
            if (m_undo && m_undo->draftId == plan.draftId) {
                m_undo.reset();
                Q_EMIT undoAvailableChanged(false);
            }
            end(plan.draftId);
            if (!keptError.isEmpty())
                Q_EMIT failed(keptError);
            Q_EMIT cancelled(plan.draftId, at);
        });
    });
    return {};
}

QString RescheduleController::retry(const ScheduleItem &failedItem)
{
    if (!m_client)
        return tr("Not connected: choose an xAIcreator connection in the toolbar.");
    if (failedItem.status != QLatin1String("failed"))
        return tr("Only a failed post can be retried.");
    if (m_retried.contains(failedItem.id))
        return tr("A retry of this post was already scheduled.");
    for (const ScheduleItem &item : m_model->pendingItems(failedItem.draftId)) {
        if (item.accountUuid == failedItem.accountUuid)
            return tr("A retry of this post already waits at %1.")
                .arg(QLocale().toString(item.scheduledFor.toLocalTime(), QLocale::ShortFormat));
    }
    if (m_busy)
        return tr("Another change to the schedule is still being sent. Try again in a moment.");
    const std::optional<Platform> platform = platformFromId(failedItem.platformName);
    Group group{QDateTime::currentDateTimeUtc().addSecs(m_leadSeconds + RetryDelaySeconds),
                {{failedItem.accountUuid, platform.value_or(Platform::Twitter), {}}},
                failedItem.priority,
                false};
    // Marked before sending: a second click while this one is in flight cannot post twice.
    m_retried.insert(failedItem.id);
    begin(failedItem.draftId);
    scheduleGroup(failedItem.draftId, group, Step::Schedule,
                  [this, failedItem, group](const QString &error) {
                      end(failedItem.draftId);
                      if (!error.isEmpty()) {
                          m_retried.remove(failedItem.id);
                          Q_EMIT failed(tr("Could not schedule the retry: %1").arg(error));
                          return;
                      }
                      Q_EMIT retried(failedItem.draftId, failedItem.accountUuid, group.when);
                  });
    return {};
}

QString RescheduleController::undo()
{
    if (!m_undo)
        return tr("There is no move to undo.");
    const Undo last = *m_undo;
    const QString reason = move(last.draftId, last.to, last.from);
    if (reason.isEmpty()) {
        m_undo.reset(); // one step: the undo itself becomes the move to undo
        Q_EMIT undoAvailableChanged(false);
    }
    return reason;
}

void RescheduleController::cancelThen(const Plan &plan, std::function<void()> next)
{
    Q_EMIT requestStarting(Step::Cancel);
    m_client->cancelSchedule(
        plan.draftId, this, [this, plan, next](const Result<Acknowledgement> &result) {
            if (!result) {
                end(plan.draftId);
                Q_EMIT failed(tr("Could not change \"%1\": %2 Nothing was "
                                 "changed.")
                                  .arg(plan.title, result.error().userMessage()));
                return;
            }
            next();
        });
}

void RescheduleController::scheduleGroup(const QString &draftId, const Group &group, Step step,
                                         Done done)
{
    Q_EMIT requestStarting(step);
    m_client->schedule(group.requestFor(draftId), this,
                       [done](const Result<ScheduleConfirmation> &result) {
                           done(result ? QString() : result.error().userMessage());
                       });
}

void RescheduleController::restoreKept(const Plan &plan, int index, QStringList errors, Done done)
{
    if (index >= plan.kept.size()) {
        done(errors.join(QLatin1Char(' ')));
        return;
    }
    scheduleGroup(plan.draftId, plan.kept.at(index), Step::Restore,
                  [this, plan, index, errors, done](const QString &error) mutable {
                      if (!error.isEmpty())
                          errors.append(error);
                      restoreKept(plan, index + 1, errors, done);
                  });
}

} // namespace CreatorDesk
