// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/ContentDtos.h"
#include "api/dto/ScheduleDtos.h"
#include "storage/PostingQueueStore.h"

#include <QObject>

#include <functional>

namespace CreatorDesk {

class ApiClient;
class CliRunner;
class ScheduleCommand;

// creatordesk-cli schedule queue DRAFT_ID [--accounts ID,...] | schedule slots
// [--social-set ID]: the posting queues the app keeps (PostingQueueStore, shared with it).
// `queue` schedules a server draft for its social set's next free posting time (none taken
// for the same accounts) with the queue's priority and jitter, and prints the time; `slots`
// lists each queue's next free times.
class QueueCommand final : public QObject
{
    Q_OBJECT

public:
    // `sender` sends the schedule request; neither it nor `api` is owned.
    QueueCommand(CliRunner &runner, ApiClient *api, ScheduleCommand *sender,
                 QObject *parent = nullptr);

    void queue(const QString &draftId);
    void slots();

    static constexpr int SlotsShown = 5;

private:
    // The social sets and the schedule, both needed to say which times are free.
    void withSetsAndSchedule(
        std::function<void(const SocialSetList &, const QList<ScheduleItem> &)> next);

    CliRunner &m_runner;
    ApiClient *m_api;
    ScheduleCommand *m_sender;
    PostingQueueStore m_store;
};

} // namespace CreatorDesk
