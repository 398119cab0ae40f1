// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/ServerDraftListModel.h"

#include "common/LoadState.h"

#include "api/ApiClient.h"

#include <algorithm>

namespace CreatorDesk {

ServerDraftListModel::ServerDraftListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_state(new LoadState(this))
{}

int ServerDraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

QVariant ServerDraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Draft &draft = m_drafts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case TitleRole:
        return draft.title.isEmpty() ? tr("Untitled draft") : draft.title;
    case Qt::ToolTipRole:
    case FirstPostTextRole:
        return draft.tweets.isEmpty() ? QString() : draft.tweets.constFirst().plainText;
    case IdRole:
        return draft.id;
    case StatusRole:
        return draft.status;
    case PostCountRole:
        return int(draft.tweets.size());
    case CreatedRole:
        return draft.createdAt;
    case UpdatedRole:
        return draft.updatedAt;
    case ScheduledForRole:
        return draft.scheduledFor;
    case SocialSetIdRole:
        return draft.socialSetId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ServerDraftListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(StatusRole, "status");
    names.insert(PostCountRole, "postCount");
    names.insert(CreatedRole, "created");
    names.insert(UpdatedRole, "updated");
    names.insert(FirstPostTextRole, "firstPostText");
    names.insert(ScheduledForRole, "scheduledFor");
    names.insert(SocialSetIdRole, "socialSetId");
    return names;
}

void ServerDraftListModel::setClient(ApiClient *client)
{
    if (m_client == client)
        return;
    m_request.cancel();
    m_client = client;
    m_socialSetId.clear(); // another account's sets are not this one's
    setDrafts({});
    m_state->reset();
    if (m_client)
        refresh();
}

void ServerDraftListModel::setSocialSetId(const QString &socialSetId)
{
    if (m_socialSetId == socialSetId)
        return;
    m_socialSetId = socialSetId;
    refresh();
}

void ServerDraftListModel::refresh()
{
    if (!m_client)
        return;
    const int ticket = m_request.next();
    m_state->start();
    m_request.track(
        m_client->drafts(m_socialSetId, this, [this, ticket](const Result<DraftList> &result) {
            if (!m_request.isCurrent(ticket))
                return;
            if (!result) {
                m_state->fail(result.error().userMessage());
                return;
            }
            setDrafts(result.value().drafts);
            m_state->succeed();
        }));
}

void ServerDraftListModel::setDrafts(QList<Draft> drafts)
{
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const Draft &a, const Draft &b) { return a.updatedAt > b.updatedAt; });
    beginResetModel();
    m_drafts = std::move(drafts);
    endResetModel();
}

} // namespace CreatorDesk
