// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/LocalDraft.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace CreatorDesk {

class CalendarToolBar;
class DraftQueue;
class DraftScheduler;
class PostingQueueStore;
class QueueSlotsDialog;
class ScheduleModel;
class SocialSetSource;
class WeekView;

// The schedule pane's posting queues: "Add to queue" (loading the schedule first when it has
// not been read yet, so a taken time is never chosen), the "Posting times…" dialog, and the
// free times painted in the week view, kept current as posts, queues and weeks change.
class QueueCalendar final : public QObject
{
    Q_OBJECT

public:
    // None is owned; all outlive this object.
    QueueCalendar(PostingQueueStore *store, ScheduleModel *model, DraftScheduler *scheduler,
                  SocialSetSource *sets, WeekView *week, QObject *parent = nullptr);

    DraftQueue *queue() const { return m_queue; }
    void addToQueue(const LocalDraft &draft, std::optional<qint64> balance);
    QueueSlotsDialog *openSlotsDialog(QWidget *parent, const QString &socialSetId = {});
    // "Posting times…" on the calendar's tool bar; its dialog is a child of `dialogParent`.
    void addButtonTo(CalendarToolBar *toolBar, QWidget *dialogParent);

Q_SIGNALS:
    // What happened, in words, for the pane's banner.
    void message(bool error, const QString &text);

private:
    void updateWeek();
    void retryPending();

    DraftQueue *m_queue;
    QPointer<ScheduleModel> m_model;
    QPointer<SocialSetSource> m_sets;
    QPointer<WeekView> m_week;
    std::optional<LocalDraft> m_pending;
    std::optional<qint64> m_pendingBalance;
};

} // namespace CreatorDesk
