// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaAttachmentModel.h"

#include <QFileInfo>

namespace CreatorDesk {

MediaAttachmentModel::MediaAttachmentModel(QObject *parent)
    : SingleRowMoveListModel(parent)
{}

int MediaAttachmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant MediaAttachmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole:
        return item.fileName;
    case Qt::ToolTipRole:
    case PathRole:
        return item.path;
    case ItemIdRole:
        return item.id;
    case SizeRole:
        return item.size;
    case KindRole:
        return int(item.kind);
    case StateRole:
        return int(item.state);
    case ProgressRole:
        if (item.state == State::Uploaded)
            return 1.0;
        return item.size > 0 ? double(item.sentBytes) / double(item.size) : 0.0;
    case SentBytesRole:
        return item.sentBytes;
    case ErrorRole:
        return item.error;
    case MediaIdRole:
        return item.mediaId;
    case UrlRole:
        return item.url;
    case StateTextRole:
        switch (item.state) {
        case State::Queued:
            return tr("Waiting to upload");
        case State::Uploading:
            return tr("Uploading, %1 %")
                .arg(item.size > 0 ? int(100 * item.sentBytes / item.size) : 0);
        case State::Uploaded:
            return tr("Uploaded");
        case State::Failed:
            return tr("Failed: %1").arg(item.error);
        case State::Cancelled:
            return tr("Cancelled");
        }
        return {};
    default:
        return {};
    }
}

QHash<int, QByteArray> MediaAttachmentModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ItemIdRole, "itemId");
    names.insert(PathRole, "path");
    names.insert(FileNameRole, "fileName");
    names.insert(SizeRole, "size");
    names.insert(KindRole, "kind");
    names.insert(StateRole, "state");
    names.insert(ProgressRole, "progress");
    names.insert(SentBytesRole, "sentBytes");
    names.insert(ErrorRole, "error");
    names.insert(MediaIdRole, "mediaId");
    names.insert(UrlRole, "url");
    names.insert(StateTextRole, "stateText");
    return names;
}

bool MediaAttachmentModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    bool hadUploaded = false;
    for (int i = row; i < row + count; ++i)
        hadUploaded = hadUploaded || m_items.at(i).state == State::Uploaded;
    beginRemoveRows({}, row, row + count - 1);
    m_items.remove(row, count);
    endRemoveRows();
    if (hadUploaded)
        Q_EMIT uploadedChanged();
    return true;
}

bool MediaAttachmentModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                    const QModelIndex &destinationParent, int destinationChild)
{
    if (!moveOneRow(m_items, sourceParent, sourceRow, count, destinationParent, destinationChild))
        return false;
    Q_EMIT uploadedChanged();
    return true;
}

bool MediaAttachmentModel::move(int row, int delta)
{
    return moveRowBy(row, delta);
}

int MediaAttachmentModel::addFile(const MediaProbe::Result &file)
{
    Item item;
    item.id = m_nextId++;
    item.path = file.path;
    item.fileName = file.fileName;
    item.size = file.size;
    item.kind = file.kind;
    item.mimeType = file.mimeType();
    beginInsertRows({}, rowCount(), rowCount());
    m_items.append(item);
    endInsertRows();
    Q_EMIT queuedAdded();
    return item.id;
}

int MediaAttachmentModel::addUploaded(const DraftMedia &media)
{
    Item item;
    item.id = m_nextId++;
    item.path = media.localPath;
    item.fileName = media.fileName.isEmpty() ? media.mediaId : media.fileName;
    item.size = media.size;
    item.kind = MediaProbe::kindFromApiType(media.type);
    item.state = State::Uploaded;
    item.sentBytes = media.size;
    item.mediaId = media.mediaId;
    item.url = media.url;
    beginInsertRows({}, rowCount(), rowCount());
    m_items.append(item);
    endInsertRows();
    return item.id;
}

void MediaAttachmentModel::resetUploaded(const QList<DraftMedia> &media)
{
    if (media == uploadedMedia() && countIn(State::Uploaded) == rowCount())
        return;
    beginResetModel();
    m_items.clear();
    endResetModel();
    for (const DraftMedia &item : media)
        addUploaded(item);
}

int MediaAttachmentModel::rowOf(int itemId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == itemId)
            return row;
    }
    return -1;
}

const MediaAttachmentModel::Item *MediaAttachmentModel::item(int itemId) const
{
    const int row = rowOf(itemId);
    return row < 0 ? nullptr : &m_items.at(row);
}

QList<MediaProbe::Kind> MediaAttachmentModel::activeKinds() const
{
    QList<MediaProbe::Kind> kinds;
    for (const Item &item : m_items) {
        if (item.state != State::Failed && item.state != State::Cancelled)
            kinds.append(item.kind);
    }
    return kinds;
}

QList<DraftMedia> MediaAttachmentModel::uploadedMedia() const
{
    QList<DraftMedia> media;
    for (const Item &item : m_items) {
        if (item.state == State::Uploaded)
            media.append({item.mediaId, item.url, item.fileName, item.size,
                          MediaProbe::apiType(item.kind), item.path});
    }
    return media;
}

void MediaAttachmentModel::changed(int row, const QList<int> &roles)
{
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at, roles);
}

void MediaAttachmentModel::setUploading(int itemId, qint64 sentBytes)
{
    const int row = rowOf(itemId);
    if (row < 0)
        return;
    Item &item = m_items[row];
    item.state = State::Uploading;
    item.sentBytes = qBound<qint64>(0, sentBytes, item.size);
    item.error.clear();
    changed(row, {StateRole, ProgressRole, SentBytesRole, StateTextRole, ErrorRole});
}

void MediaAttachmentModel::setUploaded(int itemId, const QString &mediaId, const QUrl &url)
{
    const int row = rowOf(itemId);
    if (row < 0)
        return;
    Item &item = m_items[row];
    item.state = State::Uploaded;
    item.sentBytes = item.size;
    item.mediaId = mediaId;
    item.url = url;
    item.error.clear();
    changed(row, {StateRole, ProgressRole, SentBytesRole, StateTextRole, MediaIdRole, UrlRole});
    Q_EMIT uploadedChanged();
}

void MediaAttachmentModel::setFailed(int itemId, const QString &error)
{
    const int row = rowOf(itemId);
    if (row < 0)
        return;
    Item &item = m_items[row];
    item.state = State::Failed;
    item.sentBytes = 0;
    item.error = error;
    changed(row, {StateRole, ProgressRole, SentBytesRole, StateTextRole, ErrorRole});
}

void MediaAttachmentModel::setCancelled(int itemId)
{
    const int row = rowOf(itemId);
    if (row < 0)
        return;
    Item &item = m_items[row];
    item.state = State::Cancelled;
    item.sentBytes = 0;
    changed(row, {StateRole, ProgressRole, SentBytesRole, StateTextRole});
}

void MediaAttachmentModel::setQueued(int itemId)
{
    const int row = rowOf(itemId);
    if (row < 0)
        return;
    Item &item = m_items[row];
    item.state = State::Queued;
    item.sentBytes = 0;
    item.error.clear();
    changed(row, {StateRole, ProgressRole, SentBytesRole, StateTextRole, ErrorRole});
    Q_EMIT queuedAdded();
}

double MediaAttachmentModel::overallProgress() const
{
    qint64 total = 0;
    qint64 done = 0;
    bool pending = false;
    for (const Item &item : m_items) {
        if (item.state == State::Failed || item.state == State::Cancelled)
            continue;
        pending = pending || item.state != State::Uploaded;
        total += item.size;
        done += item.state == State::Uploaded ? item.size : item.sentBytes;
    }
    if (!pending || total <= 0)
        return -1;
    return double(done) / double(total);
}

int MediaAttachmentModel::countIn(State state) const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [state](const Item &item) { return item.state == state; }));
}

} // namespace CreatorDesk
