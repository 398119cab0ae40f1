// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace CreatorDesk {

class MediaAttachmentModel;
class ThreadModel;
class UploadQueue;

// The media of every post of a thread: one MediaAttachmentModel and UploadQueue per
// ThreadModel row, kept in step with rows inserted, removed, moved or reset. Files are probed
// and checked against the targeted platforms' rules before anything is queued; uploaded media
// are written back to the ThreadModel (and so into the local draft).
class ThreadMedia final : public QObject
{
    Q_OBJECT

public:
    explicit ThreadMedia(ThreadModel *thread, QObject *parent = nullptr);
    ~ThreadMedia() override;

    void setClient(ApiClient *client);
    int postCount() const { return int(m_posts.size()); }
    MediaAttachmentModel *attachments(int row) const;
    UploadQueue *queue(int row) const;

    // Probes each path and queues those that pass; returns one sentence per refused file
    // (empty when all were added).
    QStringList addFiles(int row, const QStringList &paths);
    // Problems of what is attached already, after the targeted platforms changed.
    QStringList problems(int row) const;

Q_SIGNALS:
    // The per-row models were created, dropped or reordered.
    void postsChanged();
    // A refusal or problem to show under a post.
    void refused(int row, const QStringList &sentences);

private:
    struct Post
    {
        MediaAttachmentModel *model = nullptr;
        UploadQueue *queue = nullptr;
    };
    Post makePost(int row);
    void rebuild();
    void writeBack(MediaAttachmentModel *model);
    void readBack(int row);

    ThreadModel *m_thread;
    QPointer<ApiClient> m_client;
    QList<Post> m_posts;
    bool m_writing = false;
};

} // namespace CreatorDesk
