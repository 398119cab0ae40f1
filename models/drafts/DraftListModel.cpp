// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/DraftListModel.h"

#include "drafts/DraftMime.h"
#include "drafts/ServerDraftListModel.h"
#include "storage/DraftStore.h"
#include "storage/NewestFirst.h"

#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace CreatorDesk {

namespace {

bool newerFirst(const QDateTime &a, const QDateTime &b)
{
    return a > b;
}

} // namespace

DraftListModel::DraftListModel(DraftStore *store, ServerDraftListModel *server, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_server(server)
{
    if (store) {
        connect(store, &DraftStore::draftSaved, this, &DraftListModel::onSaved);
        connect(store, &DraftStore::draftRemoved, this, &DraftListModel::onRemoved);
    }
    if (server)
        connect(server, &QAbstractItemModel::modelReset, this, &DraftListModel::onServerReset);
    reload();
}

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DraftListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DraftListModel::firstWords(const LocalDraft &draft, int maxCharacters)
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

QString DraftListModel::statusText(Status status)
{
    switch (status) {
    case Status::LocalOnly:
        return tr("Local");
    case Status::OnServer:
        return tr("Server");
    case Status::Scheduled:
        return tr("Scheduled");
    case Status::Published:
        return tr("Published");
    }
    return {};
}

QString DraftListModel::statusDescription(Status status)
{
    switch (status) {
    case Status::LocalOnly:
        return tr("Only on this computer: not saved to the server yet.");
    case Status::OnServer:
        return tr("Saved to the server as a draft.");
    case Status::Scheduled:
        return tr("On the server and scheduled for publishing.");
    case Status::Published:
        return tr("Published.");
    }
    return {};
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const LocalDraft &draft = row.draft;
    if (index.column() == StatusColumn && role == Qt::ToolTipRole)
        return statusDescription(row.status);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case StatusColumn:
            return statusText(row.status);
        case PostsColumn:
            return int(draft.posts.size());
        case ChangedColumn:
            return draft.modified; // UTC: shown as an age by the view
        default:
            break; // the title, below, like TitleRole
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case TitleRole:
        if (!draft.title.trimmed().isEmpty())
            return draft.title;
        if (const QString words = firstWords(draft, 60); !words.isEmpty())
            return words;
        return tr("Untitled draft");
    case Qt::ToolTipRole:
    case FirstWordsRole:
        return firstWords(draft);
    case IdRole:
        return row.local ? draft.id : QString();
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
    case StatusRole:
        return int(row.status);
    case ServerIdRole:
        return draft.serverCopies.isEmpty() ? QString() : draft.serverCopies.constLast().id;
    case ScheduledForRole:
        return row.scheduledFor;
    case IsLocalRole:
        return row.local;
    default:
        return {};
    }
}

QVariant DraftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Draft");
    case StatusColumn:
        return tr("Where");
    case PostsColumn:
        return tr("Posts");
    case ChangedColumn:
        return tr("Changed");
    default:
        return {};
    }
}

Qt::ItemFlags DraftListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QHash<int, QByteArray> DraftListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(FirstWordsRole, "firstWords");
    names.insert(PostCountRole, "postCount");
    names.insert(ModifiedRole, "modified");
    names.insert(ServerCopyCountRole, "serverCopyCount");
    names.insert(SearchTextRole, "searchText");
    names.insert(StatusRole, "status");
    names.insert(ServerIdRole, "serverId");
    names.insert(ScheduledForRole, "scheduledFor");
    names.insert(IsLocalRole, "isLocal");
    return names;
}

QStringList DraftListModel::mimeTypes() const
{
    return {draftIdMimeType(), QLatin1String(ServerDraftIdMimeType)};
}

QMimeData *DraftListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !indexes.constFirst().isValid())
        return nullptr;
    const Row &row = m_rows.at(indexes.constFirst().row());
    auto *mime = new QMimeData;
    if (row.local)
        mime->setData(draftIdMimeType(), row.draft.id.toUtf8());
    if (!row.draft.serverCopies.isEmpty())
        mime->setData(QLatin1String(ServerDraftIdMimeType),
                      row.draft.serverCopies.constLast().id.toUtf8());
    mime->setText(data(index(indexes.constFirst().row(), TitleColumn), TitleRole).toString());
    return mime;
}

void DraftListModel::reload()
{
    beginResetModel();
    readServer();
    QList<LocalDraft> drafts = m_store ? m_store->loadAll() : QList<LocalDraft>();
    m_problems = m_store ? m_store->problems() : QStringList();
    QList<Row> rows;
    rows.reserve(drafts.size());
    for (LocalDraft &draft : drafts)
        rows.append(Row{std::move(draft), true, Status::LocalOnly, {}});
    assemble(std::move(rows));
    endResetModel();
}

void DraftListModel::assemble(QList<Row> localRows)
{
    QSet<QString> linked;
    for (Row &row : localRows) {
        classify(row);
        for (const LocalDraft::ServerCopy &copy : row.draft.serverCopies)
            linked.insert(copy.id);
    }
    for (auto it = m_serverDrafts.cbegin(); it != m_serverDrafts.cend(); ++it) {
        if (!linked.contains(it.key()))
            localRows.append(Row{it->asLocal, false, it->status, it->scheduledFor});
    }
    sortNewestFirst(localRows, [](const Row &row) { return row.draft.modified; });
    m_rows = std::move(localRows);
}

void DraftListModel::readServer()
{
    m_serverDrafts.clear();
    if (!m_server)
        return;
    for (const Draft &draft : m_server->drafts()) {
        ServerInfo info;
        const bool scheduled =
            draft.scheduledFor.isValid() || draft.status == QLatin1String("scheduled");
        info.status = draft.status == QLatin1String("published") ? Status::Published
                      : scheduled                                ? Status::Scheduled
                                                                 : Status::OnServer;
        info.scheduledFor = draft.scheduledFor;
        info.asLocal.title = draft.title;
        info.asLocal.socialSetId = draft.socialSetId;
        for (const DraftTweet &tweet : draft.tweets)
            info.asLocal.posts.append(LocalDraft::Post{tweet.plainText, {}});
        info.asLocal.serverCopies.append({draft.id, draft.updatedAt});
        info.asLocal.created = draft.createdAt;
        info.asLocal.modified = draft.updatedAt.isValid() ? draft.updatedAt : draft.createdAt;
        m_serverDrafts.insert(draft.id, std::move(info));
    }
}

void DraftListModel::classify(Row &row) const
{
    if (!row.local)
        return;
    row.status = row.draft.serverCopies.isEmpty() ? Status::LocalOnly : Status::OnServer;
    row.scheduledFor = {};
    // The newest copy the server still lists says where the draft stands there.
    for (auto copy = row.draft.serverCopies.crbegin(); copy != row.draft.serverCopies.crend();
         ++copy) {
        const auto info = m_serverDrafts.constFind(copy->id);
        if (info == m_serverDrafts.cend())
            continue;
        row.status = info->status;
        row.scheduledFor = info->scheduledFor;
        break;
    }
}

int DraftListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).local && m_rows.at(row).draft.id == id)
            return row;
    }
    return -1;
}

int DraftListModel::serverRowOf(const QString &serverId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &entry = m_rows.at(row);
        if (!entry.local && entry.draft.serverCopies.constFirst().id == serverId)
            return row;
    }
    return -1;
}

void DraftListModel::removeServerRowsOf(const LocalDraft &draft)
{
    for (const LocalDraft::ServerCopy &copy : draft.serverCopies) {
        const int row = serverRowOf(copy.id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

void DraftListModel::onSaved(const QString &id)
{
    if (!m_store)
        return;
    std::optional<LocalDraft> draft = m_store->load(id);
    if (!draft)
        return;
    removeServerRowsOf(*draft); // now shown as this local draft
    Row entry{std::move(*draft), true, Status::LocalOnly, {}};
    classify(entry);
    const int row = rowOf(id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(std::move(entry));
        endInsertRows();
        return;
    }
    m_rows[row] = std::move(entry);
    // The newest change goes first.
    if (row > 0 && !newerFirst(m_rows.at(0).draft.modified, m_rows.at(row).draft.modified)) {
        beginMoveRows({}, row, row, {}, 0);
        m_rows.move(row, 0);
        endMoveRows();
        Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
        return;
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DraftListModel::onRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void DraftListModel::onServerReset()
{
    // The server list changes rarely (a refresh): rebuild its rows, keep the local ones.
    beginResetModel();
    readServer();
    QList<Row> localRows;
    localRows.reserve(m_rows.size());
    for (Row &row : m_rows) {
        if (row.local)
            localRows.append(std::move(row));
    }
    assemble(std::move(localRows));
    endResetModel();
}

} // namespace CreatorDesk
