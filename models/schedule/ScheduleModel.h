// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "api/dto/ScheduleDtos.h"
#include "common/RequestTracker.h"
#include "schedule/ScheduleEntry.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace CreatorDesk {

class ApiClient;
class LoadState;

// The publishing queue (GET /twitter/schedule) of the active connection: one row per queue
// item (a draft to one account), soonest first, and the same items grouped into calendar
// entries (a draft at one time). Refreshes on demand and every refreshInterval(); a status
// that changes between two loads is reported (published, failed) for notifications.
class ScheduleModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DraftIdRole,
        DraftTitleRole,
        ScheduledForRole, // QDateTime, UTC
        PlatformRole,     // the platform's name as the server sent it
        AccountRole,
        StatusRole, // scheduled | publishing | published | failed (empty: not reported)
        AttemptsRole,
        LastErrorRole,
        LastAttemptRole, // QDateTime, UTC
        PublishedUrlRole,
        JitterRole, // seconds
        PriorityRole,
        RetryPendingRole, // a newer queue item for the same draft and account waits
        BusyRole,         // a move or cancel of this draft is in flight
    };
    Q_ENUM(Role)

    explicit ScheduleModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    ApiClient *client() const { return m_client; }
    LoadState *loadState() const { return m_state; }

    const ScheduleItem &item(int row) const { return m_items.at(row); }
    const QList<ScheduleItem> &items() const { return m_items; }
    const QList<ScheduleEntry> &entries() const { return m_entries; }
    // Indices [first, last) into entries() of those scheduled in [from, to).
    std::pair<int, int> entriesBetween(const QDateTime &from, const QDateTime &to) const;
    // The entry of `draftId` at `when`, or -1.
    int entryIndex(const QString &draftId, const QDateTime &when) const;
    // The draft's items that still wait, as the server would cancel them.
    QList<ScheduleItem> pendingItems(const QString &draftId) const;
    bool isBusy(const QString &draftId) const { return m_busy.contains(draftId); }
    void setBusy(const QString &draftId, bool busy);

    // Replaces the items (from a load, or directly in tests and benchmarks).
    void setItems(QList<ScheduleItem> items);

    int refreshInterval() const { return m_timer.interval(); }
    void setRefreshInterval(int milliseconds);

public Q_SLOTS:
    void setClient(CreatorDesk::ApiClient *client);
    void refresh();

Q_SIGNALS:
    // After every change of items() or entries() (load, busy state).
    void entriesChanged();
    void itemPublished(const CreatorDesk::ScheduleItem &item);
    // `final`: no attempt is left; otherwise the service tries again.
    void itemFailed(const CreatorDesk::ScheduleItem &item, bool final);

private:
    void rebuildEntries();
    void reportChanges(const QList<ScheduleItem> &items);

    QPointer<ApiClient> m_client;
    LoadState *m_state;
    RequestTracker m_request;
    QTimer m_timer;
    QList<ScheduleItem> m_items;
    QList<ScheduleEntry> m_entries;
    QSet<QString> m_busy;
    QSet<QString> m_waitingTargets; // draftId + account of items that still wait
    struct Seen
    {
        QString status;
        int attempts = 0;
    };
    QHash<QString, Seen> m_seen; // by queue id, from the previous server load
    bool m_haveSeen = false;
};

} // namespace CreatorDesk
