// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/LocalDraft.h"
#include "storage/PostingQueueStore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace CreatorDesk {

class DraftScheduler;
class ScheduleModel;

// "Add to queue": a draft goes to the next posting time of its social set's queue that has no
// post yet for the same accounts, scheduled through the documented schedule endpoint (via
// DraftScheduler) with the queue's priority and jitter. Also gives the calendar the free times.
class DraftQueue final : public QObject
{
    Q_OBJECT

public:
    // None is owned; all outlive the queue.
    DraftQueue(PostingQueueStore *store, ScheduleModel *schedule, DraftScheduler *scheduler,
               QObject *parent = nullptr);

    PostingQueueStore *store() const { return m_store; }
    // The next free time for `draft`, or nullopt and why not, in words.
    std::optional<QDateTime> nextTime(const LocalDraft &draft, QString *why = nullptr) const;
    // Schedules `draft` there; returns why it can't be (nothing sent), or an empty string.
    QString addToQueue(const LocalDraft &draft, std::optional<qint64> balance = std::nullopt);

    struct FreeTime
    {
        QDateTime when; // UTC
        QString socialSetId;
    };
    // The free times of every queue in [from, to), soonest first; `accountsBySet` gives each
    // set's account ids (a time is taken for a set when one of its accounts has a post then).
    QList<FreeTime> freeTimesBetween(const QDateTime &from, const QDateTime &to,
                                     const QHash<QString, QStringList> &accountsBySet) const;

    // Settings were changed (slots edited): the calendar paints the free times again.
    void setSettings(const QString &socialSetId, const QueueSettings &settings, QString *error);

Q_SIGNALS:
    void changed();

private:
    PostingQueueStore *m_store;
    QPointer<ScheduleModel> m_schedule;
    QPointer<DraftScheduler> m_scheduler;
};

} // namespace CreatorDesk
