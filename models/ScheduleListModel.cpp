// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleListModel.h"

#include "LoadState.h"

#include "api/ApiClient.h"

#include <algorithm>

namespace CreatorDesk {

ScheduleListModel::ScheduleListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_state(new LoadState(this))
{}

int ScheduleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ScheduleListModel::data(const QModelIndex &index, int role) const
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
    case PublishedUrlRole:
        return item.publishedUrl;
    default:
        return {};
    }
}

QHash<int, QByteArray> ScheduleListModel::roleNames() const
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
    names.insert(PublishedUrlRole, "publishedUrl");
    return names;
}

void ScheduleListModel::setClient(ApiClient *client)
{
    if (m_client == client)
        return;
    m_request.cancel();
    m_client = client;
    setItems({});
    m_state->reset();
    if (m_client)
        refresh();
}

void ScheduleListModel::refresh()
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
        setItems(result.value().schedules);
        m_state->succeed();
    }));
}

void ScheduleListModel::setItems(QList<ScheduleItem> items)
{
    std::stable_sort(items.begin(), items.end(), [](const ScheduleItem &a, const ScheduleItem &b) {
        return a.scheduledFor < b.scheduledFor;
    });
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

} // namespace CreatorDesk
