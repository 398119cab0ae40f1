// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/MediaAttachmentModel.h"
#include "media/UploadQueue.h"

#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QMimeData;
class QProgressBar;
class QPushButton;

namespace CreatorDesk {

class MediaTile;

// The media of one post, under its text: a tile per file (thumbnail scaled off the UI thread,
// name, size, state, progress, remove / cancel / retry), the overall progress with "Cancel
// all", and the ways in: files dropped on the post, "Add media…", and an image pasted from the
// clipboard. It only hands paths on (filesOffered); the rules and uploads live in models/media.
class MediaStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit MediaStrip(QWidget *parent = nullptr);

    void setAttachments(MediaAttachmentModel *model, UploadQueue *queue);
    MediaAttachmentModel *attachments() const { return m_model; }
    // Also take file drops (and image pastes, for a text editor) aimed at `target`.
    void watchDropTarget(QWidget *target);
    // Sentences from the rules, shown under the tiles until the next files are added.
    void showRefusals(const QStringList &sentences);
    QString messageText() const;

    int tileCount() const { return int(m_tiles.size()); }
    MediaTile *tile(int row) const { return m_tiles.value(row); }
    QPushButton *addButton() const { return m_add; }
    QProgressBar *overallProgress() const { return m_overall; }
    QPushButton *cancelAllButton() const { return m_cancelAll; }
    // Pixmaps of every tile that has one, for tests.
    int thumbnailCount() const { return int(m_thumbnails.size()); }

public Q_SLOTS:
    void chooseFiles();
    // Saves the clipboard's image to a file and offers it; false when there is none.
    bool pasteImage();

Q_SIGNALS:
    void filesOffered(const QStringList &paths);
    void thumbnailReady(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void rebuild();
    void updateTile(int row);
    void updateOverall();
    void requestThumbnail(const QString &path, int kind);
    bool acceptsDrag(const QMimeData *mime) const;
    bool handleDrop(QDropEvent *event);
    int dropIndex(int x) const;

    QPointer<MediaAttachmentModel> m_model;
    QPointer<UploadQueue> m_queue;
    QWidget *m_tileRow;
    QHBoxLayout *m_tileLayout;
    QList<MediaTile *> m_tiles;
    QPushButton *m_add;
    QPushButton *m_paste;
    QProgressBar *m_overall;
    QPushButton *m_cancelAll;
    QLabel *m_message;
    QHash<QString, QPixmap> m_thumbnails;
    QSet<QString> m_pending;
};

} // namespace CreatorDesk
