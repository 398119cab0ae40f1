// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/ThreadMedia.h"

#include "drafts/ThreadModel.h"
#include "media/MediaAttachmentModel.h"
#include "media/MediaRules.h"
#include "media/UploadQueue.h"

namespace CreatorDesk {

ThreadMedia::ThreadMedia(ThreadModel *thread, QObject *parent)
    : QObject(parent)
    , m_thread(thread)
{
    connect(thread, &QAbstractItemModel::modelReset, this, &ThreadMedia::rebuild);
    connect(thread, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_posts.insert(row, makePost(row));
                Q_EMIT postsChanged();
            });
    connect(thread, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = last; row >= first && row < m_posts.size(); --row) {
                    const Post post = m_posts.takeAt(row);
                    post.queue->cancelAll();
                    delete post.queue;
                    delete post.model;
                }
            });
    connect(thread, &QAbstractItemModel::rowsRemoved, this, &ThreadMedia::postsChanged);
    connect(thread, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int start, int, const QModelIndex &, int row) {
                m_posts.move(start, row > start ? row - 1 : row);
                Q_EMIT postsChanged();
            });
    connect(thread, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                   const QList<int> &roles) {
                if (m_writing || !(roles.isEmpty() || roles.contains(ThreadModel::MediaRole)))
                    return;
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    readBack(row);
            });
    rebuild();
}

ThreadMedia::~ThreadMedia()
{
    for (const Post &post : std::as_const(m_posts))
        post.queue->cancelAll();
}

void ThreadMedia::setClient(ApiClient *client)
{
    m_client = client;
    for (const Post &post : std::as_const(m_posts))
        post.queue->setClient(client);
}

MediaAttachmentModel *ThreadMedia::attachments(int row) const
{
    return row >= 0 && row < m_posts.size() ? m_posts.at(row).model : nullptr;
}

UploadQueue *ThreadMedia::queue(int row) const
{
    return row >= 0 && row < m_posts.size() ? m_posts.at(row).queue : nullptr;
}

ThreadMedia::Post ThreadMedia::makePost(int row)
{
    Post post;
    post.model = new MediaAttachmentModel(this);
    post.queue = new UploadQueue(post.model, this);
    post.model->resetUploaded(m_thread->media(row));
    post.queue->setClient(m_client);
    MediaAttachmentModel *model = post.model;
    connect(model, &MediaAttachmentModel::uploadedChanged, this,
            [this, model] { writeBack(model); });
    return post;
}

void ThreadMedia::rebuild()
{
    for (const Post &post : std::as_const(m_posts)) {
        post.queue->cancelAll();
        delete post.queue;
        delete post.model;
    }
    m_posts.clear();
    for (int row = 0; row < m_thread->rowCount(); ++row)
        m_posts.append(makePost(row));
    Q_EMIT postsChanged();
}

void ThreadMedia::writeBack(MediaAttachmentModel *model)
{
    for (int row = 0; row < m_posts.size(); ++row) {
        if (m_posts.at(row).model != model)
            continue;
        m_writing = true;
        m_thread->setMedia(row, model->uploadedMedia());
        m_writing = false;
        return;
    }
}

void ThreadMedia::readBack(int row)
{
    // Another change of the thread (merging two posts) brought or took uploaded media.
    MediaAttachmentModel *model = attachments(row);
    if (!model || model->uploadedMedia() == m_thread->media(row))
        return;
    const QList<DraftMedia> wanted = m_thread->media(row);
    for (int i = model->rowCount() - 1; i >= 0; --i) {
        const MediaAttachmentModel::Item &item = model->items().at(i);
        const bool kept = std::any_of(wanted.begin(), wanted.end(), [&item](const DraftMedia &m) {
            return m.mediaId == item.mediaId;
        });
        if (item.state == MediaAttachmentModel::State::Uploaded && !kept)
            model->removeRows(i, 1);
    }
    for (const DraftMedia &media : wanted) {
        const auto &items = model->items();
        const bool present = std::any_of(items.begin(), items.end(), [&media](const auto &item) {
            return item.mediaId == media.mediaId;
        });
        if (!present)
            model->addUploaded(media);
    }
}

QStringList ThreadMedia::addFiles(int row, const QStringList &paths)
{
    MediaAttachmentModel *model = attachments(row);
    if (!model)
        return {};
    QStringList refusals;
    for (const QString &path : paths) {
        const MediaProbe::Result probed = MediaProbe::probe(path);
        const QString refusal =
            MediaRules::refusal(m_thread->platforms(), model->activeKinds(), probed);
        if (refusal.isEmpty())
            model->addFile(probed);
        else
            refusals.append(refusal);
    }
    if (!refusals.isEmpty())
        Q_EMIT refused(row, refusals);
    return refusals;
}

QStringList ThreadMedia::problems(int row) const
{
    const MediaAttachmentModel *model = attachments(row);
    return model ? MediaRules::problems(m_thread->platforms(), model->activeKinds())
                 : QStringList();
}

} // namespace CreatorDesk
