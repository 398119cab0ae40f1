// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalDraftListModel.h"

#include "storage/DraftStore.h"

namespace CreatorDesk {

LocalDraftListModel::LocalDraftListModel(DraftStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(store, &DraftStore::draftSaved, this, &LocalDraftListModel::onSaved);
    connect(store, &DraftStore::draftRemoved, this, &LocalDraftListModel::onRemoved);
    reload();
}

int LocalDraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

QString LocalDraftListModel::firstWords(const LocalDraft &draft, int maxCharacters)
{
    for (const LocalDraft::Post &post : draft.posts) {
        const QString text = post.text.simplified();
        if (text.isEmpty())
            continue;
        if (text.size() <= maxCharacters)
            return text;
        qsizetype cut = text.lastIndexOf(QLatin1Char(' '), maxCharacters);
        if (cut < maxCharacters / 2)
            cut = maxCharacters;
        return text.left(cut) + QChar(0x2026);
    }
    return {};
}

QVariant LocalDraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LocalDraft &draft = m_drafts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case TitleRole:
        return draft.title.trimmed().isEmpty() ? tr("Untitled draft") : draft.title;
    case Qt::ToolTipRole:
    case FirstWordsRole:
        return firstWords(draft);
    case IdRole:
        return draft.id;
    case PostCountRole:
        return int(draft.posts.size());
    case ModifiedRole:
        return draft.modified;
    case ServerCopyCountRole:
        return int(draft.serverCopies.size());
    case SearchTextRole: {
        QString text = draft.title;
        for (const LocalDraft::Post &post : draft.posts)
            text += QLatin1Char('\n') + post.text;
        return text;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> LocalDraftListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(FirstWordsRole, "firstWords");
    names.insert(PostCountRole, "postCount");
    names.insert(ModifiedRole, "modified");
    names.insert(ServerCopyCountRole, "serverCopyCount");
    names.insert(SearchTextRole, "searchText");
    return names;
}

void LocalDraftListModel::reload()
{
    beginResetModel();
    m_drafts = m_store ? m_store->loadAll() : QList<LocalDraft>();
    m_problems = m_store ? m_store->problems() : QStringList();
    endResetModel();
}

int LocalDraftListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_drafts.size(); ++row) {
        if (m_drafts.at(row).id == id)
            return row;
    }
    return -1;
}

void LocalDraftListModel::onSaved(const QString &id)
{
    if (!m_store)
        return;
    std::optional<LocalDraft> draft = m_store->load(id);
    if (!draft)
        return;
    const int row = rowOf(id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_drafts.prepend(std::move(*draft));
        endInsertRows();
        return;
    }
    m_drafts[row] = std::move(*draft);
    // The newest change goes first.
    if (row > 0 && m_drafts.at(row).modified >= m_drafts.at(0).modified) {
        beginMoveRows({}, row, row, {}, 0);
        m_drafts.move(row, 0);
        endMoveRows();
        Q_EMIT dataChanged(index(0), index(0));
        return;
    }
    Q_EMIT dataChanged(index(row), index(row));
}

void LocalDraftListModel::onRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_drafts.removeAt(row);
    endRemoveRows();
}

} // namespace CreatorDesk
