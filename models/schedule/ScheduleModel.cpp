// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleModel.h"

#include "api/ApiClient.h"
#include "common/LoadState.h"

#include <algorithm>

namespace CreatorDesk {

namespace {

constexpr int DefaultRefreshMs = 60'000;

QString targetKey(const ScheduleItem &item)
{
    return item.draftId + QLatin1Char('\n') + item.accountUuid;
}

bool isWaiting(const QString &status)
{
    // A server that does not report a status only lists what still waits.
    return status.isEmpty() || status == QLatin1String("scheduled") ||
           status == QLatin1String("pending");
}

} // namespace

ScheduleModel::ScheduleModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_state(new LoadState(this))
{
    m_timer.setInterval(DefaultRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &ScheduleModel::refresh);
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScheduleItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case DraftTitleRole:
        return item.draftTitle.isEmpty() ? tr("Untitled draft") : item.draftTitle;
    case Qt::ToolTipRole:
    case LastErrorRole:
        return item.lastError;
    case IdRole:
        return item.id;
    case DraftIdRole:
        return item.draftId;
    case ScheduledForRole:
        return item.scheduledFor;
    case PlatformRole:
        return item.platformName;
    case AccountRole:
        return item.accountUuid;
    case StatusRole:
        return item.status;
    case AttemptsRole:
        return item.attempts;
    case LastAttemptRole:
        return item.lastAttemptAt;
    case PublishedUrlRole:
        return item.publishedUrl;
    case JitterRole:
        return item.jitterSeconds;
    case PriorityRole:
        return item.priority;
    case RetryPendingRole:
        return !isWaiting(item.status) && m_waitingTargets.contains(targetKey(item));
    case BusyRole:
        return m_busy.contains(item.draftId);
    default:
        return {};
    }
}

QHash<int, QByteArray> ScheduleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(DraftIdRole, "draftId");
    names.insert(DraftTitleRole, "draftTitle");
    names.insert(ScheduledForRole, "scheduledFor");
    names.insert(PlatformRole, "platform");
    names.insert(AccountRole, "account");
    names.insert(StatusRole, "status");
    names.insert(AttemptsRole, "attempts");
    names.insert(LastErrorRole, "lastError");
    names.insert(LastAttemptRole, "lastAttempt");
    names.insert(PublishedUrlRole, "publishedUrl");
    names.insert(JitterRole, "jitter");
    names.insert(PriorityRole, "priority");
    names.insert(RetryPendingRole, "retryPending");
    names.insert(BusyRole, "busy");
    return names;
}

std::pair<int, int> ScheduleModel::entriesBetween(const QDateTime &from, const QDateTime &to) const
{
    const auto before = [](const ScheduleEntry &entry, const QDateTime &when) {
        return entry.scheduledFor < when;
    };
    const auto first = std::lower_bound(m_entries.cbegin(), m_entries.cend(), from, before);
    const auto last = std::lower_bound(first, m_entries.cend(), to, before);
    return {int(first - m_entries.cbegin()), int(last - m_entries.cbegin())};
}

int ScheduleModel::entryIndex(const QString &draftId, const QDateTime &when) const
{
    auto [first, last] = entriesBetween(when, when.addMSecs(1));
    for (int i = first; i < last; ++i) {
        if (m_entries.at(i).draftId == draftId)
            return i;
    }
    return -1;
}

QList<ScheduleItem> ScheduleModel::pendingItems(const QString &draftId) const
{
    QList<ScheduleItem> pending;
    for (const ScheduleItem &item : m_items) {
        if (item.draftId == draftId && isWaiting(item.status))
            pending.append(item);
    }
    return pending;
}

void ScheduleModel::setBusy(const QString &draftId, bool busy)
{
    if (busy == m_busy.contains(draftId))
        return;
    if (busy)
        m_busy.insert(draftId);
    else
        m_busy.remove(draftId);
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).draftId == draftId)
            Q_EMIT dataChanged(index(row), index(row), {BusyRole});
    }
    Q_EMIT entriesChanged();
}

void ScheduleModel::setRefreshInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void ScheduleModel::setClient(ApiClient *client)
{
    if (m_client == client)
        return;
    m_request.cancel();
    m_client = client;
    m_seen.clear();
    m_haveSeen = false;
    m_busy.clear();
    setItems({});
    m_state->reset();
    if (m_client) {
        m_timer.start();
        refresh();
    } else {
        m_timer.stop();
    }
}

void ScheduleModel::refresh()
{
    if (!m_client)
        return;
    const int ticket = m_request.next();
    m_state->start();
    m_request.track(m_client->schedules(this, [this, ticket](const Result<ScheduleList> &result) {
        if (!m_request.isCurrent(ticket))
            return;
        if (!result) {
            m_state->fail(result.error().userMessage());
            return;
        }
        reportChanges(result.value().schedules);
        setItems(result.value().schedules);
        m_state->succeed();
    }));
}

void ScheduleModel::reportChanges(const QList<ScheduleItem> &items)
{
    QHash<QString, Seen> seen;
    seen.reserve(items.size());
    for (const ScheduleItem &item : items) {
        seen.insert(item.id, {item.status, item.attempts});
        if (!m_haveSeen)
            continue;
        const auto before = m_seen.constFind(item.id);
        if (before == m_seen.cend())
            continue;
        if (item.status == before->status && item.attempts == before->attempts)
            continue;
        if (item.status == QLatin1String("published"))
            Q_EMIT itemPublished(item);
        else if (item.status == QLatin1String("failed"))
            Q_EMIT itemFailed(item, true);
        else if (item.attempts > before->attempts && !item.lastError.isEmpty())
            Q_EMIT itemFailed(item, false);
    }
    m_seen = std::move(seen);
    m_haveSeen = true;
}

void ScheduleModel::setItems(QList<ScheduleItem> items)
{
    // By time, then draft: the items of one calendar entry are adjacent.
    std::sort(items.begin(), items.end(), [](const ScheduleItem &a, const ScheduleItem &b) {
        if (a.scheduledFor != b.scheduledFor)
            return a.scheduledFor < b.scheduledFor;
        if (a.draftId != b.draftId)
            return a.draftId < b.draftId;
        return a.platformName < b.platformName;
    });
    beginResetModel();
    m_items = std::move(items);
    rebuildEntries();
    endResetModel();
    Q_EMIT entriesChanged();
}

void ScheduleModel::rebuildEntries()
{
    m_entries.clear();
    m_waitingTargets.clear();
    for (int row = 0; row < m_items.size(); ++row) {
        const ScheduleItem &item = m_items.at(row);
        if (m_entries.isEmpty() || m_entries.constLast().draftId != item.draftId ||
            m_entries.constLast().scheduledFor != item.scheduledFor) {
            ScheduleEntry entry;
            entry.draftId = item.draftId;
            entry.title = item.draftTitle.isEmpty() ? tr("Untitled draft") : item.draftTitle;
            entry.scheduledFor = item.scheduledFor;
            entry.firstRow = row;
            m_entries.append(entry);
        }
        ScheduleEntry &entry = m_entries.last();
        ++entry.rowCount;
        entry.maxJitterSeconds = std::max(entry.maxJitterSeconds, std::abs(item.jitterSeconds));
        const bool waiting = isWaiting(item.status);
        entry.hasPending = entry.hasPending || waiting;
        entry.hasFailed = entry.hasFailed || item.status == QLatin1String("failed");
        if (waiting || item.status == QLatin1String("publishing"))
            m_waitingTargets.insert(targetKey(item));
    }
}

} // namespace CreatorDesk
