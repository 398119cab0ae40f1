// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QModelIndex>
#include <QPixmap>

class QLabel;
class QProgressBar;
class QToolButton;

namespace CreatorDesk {

// One media file in a post's MediaStrip: thumbnail (or a video/GIF mark), name, size, state,
// progress, and its buttons (remove; cancel while it uploads; retry after a failure). It takes
// the keyboard focus: Ctrl+Left/Right moves it, Delete removes it; it can be dragged to
// another place in the strip.
class MediaTile final : public QFrame
{
    Q_OBJECT

public:
    static constexpr const char *MimeType = "application/x-creatordesk-media-item";
    static constexpr int ThumbnailSize = 96;

    explicit MediaTile(QWidget *parent = nullptr);

    int itemId() const { return m_itemId; }
    // Reads name, size, state and progress from the attachment model's row.
    void update(const QModelIndex &index);
    void setThumbnail(const QPixmap &pixmap);
    QString stateText() const;
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *removeButton() const { return m_remove; }
    QToolButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void removeRequested(int itemId);
    void cancelRequested(int itemId);
    void retryRequested(int itemId);
    void moveRequested(int itemId, int delta);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    int m_itemId = 0;
    int m_state = 0;
    QLabel *m_thumbnail;
    QLabel *m_name;
    QLabel *m_details;
    QProgressBar *m_progress;
    QToolButton *m_action;
    QToolButton *m_remove;
    QPoint m_pressPos;
};

} // namespace CreatorDesk
