// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/ThreadModel.h"

#include <algorithm>

namespace CreatorDesk {

ThreadModel::ThreadModel(QObject *parent)
    : SingleRowMoveListModel(parent)
{
    m_posts.append(Post{});
    recount(m_posts.first());
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Post &post = m_posts.at(index.row());
    const PlatformCount *strictest =
        post.strictest >= 0 ? &post.counts.at(post.strictest) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case TextRole:
        return post.text;
    case Qt::AccessibleTextRole:
        return tr("Post %1 of %2").arg(index.row() + 1).arg(m_posts.size());
    case CountsRole:
        return QVariant::fromValue(post.counts);
    case ValidRole:
        return std::all_of(post.counts.cbegin(), post.counts.cend(),
                           [](const PlatformCount &count) { return count.valid; });
    case OverLimitStartRole:
        return strictest ? qlonglong(strictest->overLimitStart) : qlonglong(-1);
    case OverLimitLengthRole:
        return strictest ? qlonglong(strictest->overLimitLength) : qlonglong(0);
    case StrictestPlatformRole:
        return strictest ? int(strictest->platform) : -1;
    case MediaIdsRole:
        return post.mediaIds;
    case MediaRole:
        return QVariant::fromValue(post.media);
    default:
        return {};
    }
}

bool ThreadModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == Qt::EditRole || role == TextRole)
        return setText(index.row(), value.toString());
    if (role == MediaRole)
        return setMedia(index.row(), value.value<QList<DraftMedia>>());
    if (role == MediaIdsRole) {
        m_posts[index.row()].mediaIds = value.toStringList();
        m_posts[index.row()].media.removeIf([&](const DraftMedia &media) {
            return !m_posts.at(index.row()).mediaIds.contains(media.mediaId);
        });
        Q_EMIT dataChanged(index, index, {MediaIdsRole});
        Q_EMIT contentChanged();
        return true;
    }
    return false;
}

Qt::ItemFlags ThreadModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
                           : base | Qt::ItemIsDropEnabled;
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TextRole, "text");
    names.insert(CountsRole, "counts");
    names.insert(ValidRole, "valid");
    names.insert(OverLimitStartRole, "overLimitStart");
    names.insert(OverLimitLengthRole, "overLimitLength");
    names.insert(StrictestPlatformRole, "strictestPlatform");
    names.insert(MediaIdsRole, "mediaIds");
    names.insert(MediaRole, "media");
    return names;
}

void ThreadModel::recount(Post &post) const
{
    post.counts.clear();
    post.strictest = -1;
    for (Platform platform : m_platforms) {
        post.counts.append(PlatformCounts::count(platform, post.text, m_settings));
        const PlatformCount &count = post.counts.constLast();
        if (count.overLimitStart < 0)
            continue;
        // The platform whose limit cuts the text earliest marks the most characters.
        if (post.strictest < 0 ||
            count.overLimitStart < post.counts.at(post.strictest).overLimitStart)
            post.strictest = int(post.counts.size() - 1);
    }
}

void ThreadModel::setPlatforms(const QList<Platform> &platforms)
{
    if (platforms == m_platforms)
        return;
    m_platforms = platforms;
    for (Post &post : m_posts)
        recount(post);
    if (!m_posts.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void ThreadModel::setSettings(const PlatformCounts::Settings &settings,
                              const QHash<Platform, QString> &limitNotes)
{
    if (settings == m_settings && limitNotes == m_limitNotes)
        return;
    m_settings = settings;
    m_limitNotes = limitNotes;
    for (Post &post : m_posts)
        recount(post);
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

QStringList ThreadModel::texts() const
{
    QStringList result;
    for (const Post &post : m_posts)
        result.append(post.text);
    return result;
}

bool ThreadModel::allValid() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (!data(index(row), ValidRole).toBool())
            return false;
    }
    return true;
}

void ThreadModel::setPosts(const QStringList &texts, const QList<QStringList> &mediaIds)
{
    beginResetModel();
    m_posts.clear();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        Post post{texts.at(i), i < mediaIds.size() ? mediaIds.at(i) : QStringList(), {}, -1};
        recount(post);
        m_posts.append(std::move(post));
    }
    if (m_posts.isEmpty()) {
        m_posts.append(Post{});
        recount(m_posts.first());
    }
    endResetModel();
}

bool ThreadModel::setText(int row, const QString &text)
{
    if (row < 0 || row >= rowCount())
        return false;
    Post &post = m_posts[row];
    if (post.text == text)
        return true;
    post.text = text;
    recount(post);
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
    Q_EMIT contentChanged();
    return true;
}

int ThreadModel::insertPost(int row, const QString &text)
{
    row = qBound(0, row, rowCount());
    Post post{text, {}, {}, -1};
    recount(post);
    beginInsertRows({}, row, row);
    m_posts.insert(row, std::move(post));
    endInsertRows();
    Q_EMIT contentChanged();
    return row;
}

bool ThreadModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    if (count == rowCount()) { // a draft keeps one (empty) post
        if (count > 1)
            removeRows(1, count - 1);
        return setText(0, {});
    }
    beginRemoveRows({}, row, row + count - 1);
    m_posts.remove(row, count);
    endRemoveRows();
    Q_EMIT contentChanged();
    return true;
}

bool ThreadModel::removePost(int row)
{
    return removeRows(row, 1);
}

bool ThreadModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                           const QModelIndex &destinationParent, int destinationChild)
{
    if (!moveOneRow(m_posts, sourceParent, sourceRow, count, destinationParent, destinationChild))
        return false;
    Q_EMIT contentChanged();
    return true;
}

bool ThreadModel::movePost(int row, int delta)
{
    return moveRowBy(row, delta);
}

bool ThreadModel::splitPost(int row, qsizetype position)
{
    if (row < 0 || row >= rowCount())
        return false;
    const QString text = m_posts.at(row).text;
    position = qBound(qsizetype(0), position, text.size());
    // A line break at the cut belongs to neither half.
    QString tail = text.mid(position);
    QString head = text.left(position);
    if (tail.startsWith(QLatin1Char('\n')))
        tail.remove(0, 1);
    else if (head.endsWith(QLatin1Char('\n')))
        head.chop(1);
    setText(row, head);
    insertPost(row + 1, tail);
    return true;
}

bool ThreadModel::mergeWithNext(int row)
{
    if (row < 0 || row + 1 >= rowCount())
        return false;
    const Post &next = m_posts.at(row + 1);
    const QString current = m_posts.at(row).text;
    const QString merged = current.isEmpty() || next.text.isEmpty()
                               ? QString(current + next.text)
                               : QString(current + QLatin1Char('\n') + next.text);
    m_posts[row].mediaIds += next.mediaIds;
    m_posts[row].media += next.media;
    removeRows(row + 1, 1);
    setText(row, merged);
    return true;
}

bool ThreadModel::replacePost(int row, const QStringList &texts)
{
    if (row < 0 || row >= rowCount() || texts.isEmpty())
        return false;
    setText(row, texts.first());
    for (qsizetype i = 1; i < texts.size(); ++i)
        insertPost(row + int(i), texts.at(i));
    return true;
}

bool ThreadModel::setMedia(int row, const QList<DraftMedia> &media)
{
    if (row < 0 || row >= rowCount())
        return false;
    Post &post = m_posts[row];
    if (post.media == media)
        return true;
    post.media = media;
    post.mediaIds.clear();
    for (const DraftMedia &item : media)
        post.mediaIds.append(item.mediaId);
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {MediaRole, MediaIdsRole});
    Q_EMIT contentChanged();
    return true;
}

} // namespace CreatorDesk
