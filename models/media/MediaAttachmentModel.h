// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SingleRowMoveListModel.h"
#include "probe/MediaProbe.h"
#include "storage/DraftMedia.h"

#include <QList>

namespace CreatorDesk {

// The media of one post, in the order they will be published, each with its upload state:
// queued, uploading (with progress), uploaded (mediaId and url), failed (with the reason) or
// cancelled. Uploaded items are what the draft keeps (uploadedMedia()).
class MediaAttachmentModel final : public SingleRowMoveListModel
{
    Q_OBJECT

public:
    enum class State { Queued, Uploading, Uploaded, Failed, Cancelled };
    Q_ENUM(State)

    enum Role {
        ItemIdRole = Qt::UserRole + 1, // int, stable while the item lives
        PathRole,
        FileNameRole,
        SizeRole,      // qint64 bytes
        KindRole,      // int(MediaProbe::Kind)
        StateRole,     // int(State)
        ProgressRole,  // double 0..1
        SentBytesRole, // qint64
        ErrorRole,     // QString, when failed
        MediaIdRole,
        UrlRole,
        StateTextRole, // "Uploading 40 %", "Failed: ...", for people and screen readers
    };
    Q_ENUM(Role)

    struct Item
    {
        int id = 0;
        QString path;
        QString fileName;
        qint64 size = 0;
        MediaProbe::Kind kind = MediaProbe::Kind::Image;
        QString mimeType;
        State state = State::Queued;
        qint64 sentBytes = 0;
        QString error;
        QString mediaId;
        QUrl url;
    };

    explicit MediaAttachmentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    // A probed file that passed the rules, queued for upload; returns its id.
    int addFile(const MediaProbe::Result &file);
    // An upload kept from before (the local draft), shown as uploaded.
    int addUploaded(const DraftMedia &media);
    // Replaces every item by the uploaded ones given (opening a draft).
    void resetUploaded(const QList<DraftMedia> &media);

    const QList<Item> &items() const { return m_items; }
    int rowOf(int itemId) const;
    const Item *item(int itemId) const;
    // Kinds of the items that are, or will be, part of the post (not failed or cancelled).
    QList<MediaProbe::Kind> activeKinds() const;
    QList<DraftMedia> uploadedMedia() const;
    bool move(int row, int delta);

    // For the upload queue.
    void setUploading(int itemId, qint64 sentBytes);
    void setUploaded(int itemId, const QString &mediaId, const QUrl &url);
    void setFailed(int itemId, const QString &error);
    void setCancelled(int itemId);
    void setQueued(int itemId);

    // Bytes sent over bytes to send, over every item that is or was being uploaded in this
    // session (uploaded items from before count as done); -1 when nothing is to upload.
    double overallProgress() const;
    int countIn(State state) const;

Q_SIGNALS:
    // The uploaded media or their order changed: what the draft keeps.
    void uploadedChanged();
    void queuedAdded();

private:
    void changed(int row, const QList<int> &roles);
    int m_nextId = 1;
    QList<Item> m_items;
};

} // namespace CreatorDesk
