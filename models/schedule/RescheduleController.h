// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "api/dto/ScheduleDtos.h"
#include "schedule/ScheduleRules.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace CreatorDesk {

class ApiClient;
class ScheduleModel;

// Changes to what is already scheduled. The API has no update and cancels per draft
// (DELETE /twitter/schedule?draftId=), so a move is: cancel the draft's waiting items, schedule
// the moved ones at the new time and the others at their old times again. If the new schedule
// fails, the old one is restored and the person is told; nothing disappears silently. One
// operation at a time; the last move can be undone.
class RescheduleController final : public QObject
{
    Q_OBJECT

public:
    enum class Step { Cancel, Schedule, Restore };
    Q_ENUM(Step)

    explicit RescheduleController(ScheduleModel *model, QObject *parent = nullptr);

    void setClient(ApiClient *client);
    // Tests shorten the minimum lead time (ScheduleRules::MinimumLeadSeconds).
    void setLeadSeconds(int seconds) { m_leadSeconds = seconds; }
    bool isBusy() const { return m_busy; }

    // Each returns why it cannot start (nothing is sent then), or an empty string.
    QString move(const QString &draftId, const QDateTime &from, const QDateTime &to);
    QString cancelEntry(const QString &draftId, const QDateTime &at);
    // Schedules the failed item's account (only it: the others went out) a few minutes from
    // now. Refused when a retry of it already waits or was already asked for in this session.
    QString retry(const ScheduleItem &failed);

    bool canUndo() const { return m_undo.has_value(); }
    QString undo();

Q_SIGNALS:
    // Just before each request: progress, and a seam for fault-injection tests.
    void requestStarting(CreatorDesk::RescheduleController::Step step);
    void moved(const QString &draftId, const QDateTime &from, const QDateTime &to);
    void cancelled(const QString &draftId, const QDateTime &at);
    void retried(const QString &draftId, const QString &accountId, const QDateTime &at);
    // A sentence for the person: what failed and where the post is now.
    void failed(const QString &message);
    void busyChanged(bool busy);
    void undoAvailableChanged(bool available);

private:
    using Group = ScheduleChoice;
    struct Plan
    {
        QString draftId;
        QString title;
        std::optional<Group> moving; // the group that changes
        QList<Group> kept;           // other waiting groups of the draft, put back as they were
    };
    using Done = std::function<void(const QString &error)>;

    QString planFor(const QString &draftId, const QDateTime &at, Plan &plan) const;
    void begin(const QString &draftId);
    void end(const QString &draftId);
    void cancelThen(const Plan &plan, std::function<void()> next);
    void scheduleGroup(const QString &draftId, const Group &group, Step step, Done done);
    void restoreKept(const Plan &plan, int index, QStringList errors, Done done);

    ScheduleModel *m_model;
    QPointer<ApiClient> m_client;
    int m_leadSeconds;
    bool m_busy = false;
    struct Undo
    {
        QString draftId;
        QDateTime from;
        QDateTime to;
    };
    std::optional<Undo> m_undo;
    QSet<QString> m_retried; // queue ids of failed items already retried
};

} // namespace CreatorDesk
