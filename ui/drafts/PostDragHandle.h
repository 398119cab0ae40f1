// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace CreatorDesk {

// The grip of a post: dragging it moves the post within the thread (the keyboard does the same
// with Alt+Up and Alt+Down).
class PostDragHandle final : public QLabel
{
    Q_OBJECT

public:
    static constexpr const char *MimeType = "application/x-creatordesk-post-row";

    explicit PostDragHandle(QWidget *parent = nullptr);
    void setRow(int row) { m_row = row; }

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    int m_row = 0;
    QPoint m_pressPos;
};

} // namespace CreatorDesk
