// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/MediaTile.h"

#include "media/MediaAttachmentModel.h"

#include <QApplication>
#include <QDrag>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace CreatorDesk {

using State = MediaAttachmentModel::State;

MediaTile::MediaTile(QWidget *parent)
    : QFrame(parent)
    , m_thumbnail(new QLabel(this))
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_action(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("mediaTile"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setFixedWidth(ThumbnailSize + 44);
    m_thumbnail->setFixedSize(ThumbnailSize, ThumbnailSize);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_name->setObjectName(QStringLiteral("mediaName"));
    m_details->setObjectName(QStringLiteral("mediaState"));
    m_details->setWordWrap(true);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_details->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_details->setFont(small);
    m_progress->setObjectName(QStringLiteral("mediaProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(6);
    QSizePolicy keepSpace = m_progress->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true); // tiles keep one height whatever their state
    m_progress->setSizePolicy(keepSpace);
    m_remove->setObjectName(QStringLiteral("removeMedia"));
    m_remove->setText(QString(QChar(0x2715))); // ✕
    m_remove->setAutoRaise(true);
    m_action->setObjectName(QStringLiteral("mediaAction"));
    m_action->setAutoRaise(true);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addStretch(1);
    top->addWidget(m_thumbnail);
    top->addStretch(1);
    auto *buttons = new QVBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_action);
    buttons->addStretch(1);
    top->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addWidget(m_progress);

    connect(m_remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(m_itemId); });
    connect(m_action, &QToolButton::clicked, this, [this] {
        if (m_state == int(State::Queued) || m_state == int(State::Uploading))
            Q_EMIT cancelRequested(m_itemId);
        else
            Q_EMIT retryRequested(m_itemId);
    });
}

void MediaTile::update(const QModelIndex &index)
{
    m_itemId = index.data(MediaAttachmentModel::ItemIdRole).toInt();
    m_state = index.data(MediaAttachmentModel::StateRole).toInt();
    const QString name = index.data(MediaAttachmentModel::FileNameRole).toString();
    const qint64 size = index.data(MediaAttachmentModel::SizeRole).toLongLong();
    const QString state = index.data(MediaAttachmentModel::StateTextRole).toString();
    m_name->setText(m_name->fontMetrics().elidedText(name, Qt::ElideMiddle, width() - 8));
    m_name->setToolTip(index.data(MediaAttachmentModel::PathRole).toString());
    const QString sizeText = MediaProbe::sizeText(size);
    m_details->setText(tr("%1 · %2").arg(sizeText, state));
    m_details->setToolTip(state);
    const double progress = index.data(MediaAttachmentModel::ProgressRole).toDouble();
    m_progress->setValue(int(progress * 1000));
    m_progress->setVisible(m_state == int(State::Uploading) || m_state == int(State::Queued));
    m_progress->setAccessibleName(tr("Upload of %1").arg(name));
    const bool running = m_state == int(State::Queued) || m_state == int(State::Uploading);
    const bool retryable = m_state == int(State::Failed) || m_state == int(State::Cancelled);
    m_action->setVisible(running || retryable);
    m_action->setText(running ? QString(QChar(0x25A0)) : QString(QChar(0x21BB))); // ■ ↻
    m_action->setToolTip(running ? tr("Cancel the upload of %1").arg(name)
                                 : tr("Try uploading %1 again").arg(name));
    m_action->setAccessibleName(running ? tr("Cancel upload") : tr("Retry upload"));
    m_remove->setToolTip(tr("Remove %1 from this post").arg(name));
    m_remove->setAccessibleName(tr("Remove %1").arg(name));
    setAccessibleName(tr("%1, %2, %3").arg(name, sizeText, state));
    setToolTip(tr("%1\nCtrl+Left / Ctrl+Right moves it, Delete removes it.").arg(name));
    QPalette palette = m_details->palette();
    palette.setColor(QPalette::PlaceholderText,
                     m_state == int(State::Failed)
                         ? QColor(0xb0, 0x1c, 0x1c)
                         : this->palette().color(QPalette::PlaceholderText));
    m_details->setPalette(palette);
}

void MediaTile::setThumbnail(const QPixmap &pixmap)
{
    m_thumbnail->setPixmap(pixmap);
}

QString MediaTile::stateText() const
{
    return m_details->toolTip();
}

void MediaTile::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Left) {
        Q_EMIT moveRequested(m_itemId, -1);
        return;
    }
    if (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Right) {
        Q_EMIT moveRequested(m_itemId, +1);
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        Q_EMIT removeRequested(m_itemId);
        return;
    }
    QFrame::keyPressEvent(event);
}

void MediaTile::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressPos = event->position().toPoint();
    setFocus(Qt::MouseFocusReason);
    QFrame::mousePressEvent(event);
}

void MediaTile::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) ||
        (event->position().toPoint() - m_pressPos).manhattanLength() <
            QApplication::startDragDistance())
        return;
    auto *mime = new QMimeData; // owned by the drag
    mime->setData(QLatin1String(MimeType), QByteArray::number(m_itemId));
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(grab());
    drag->exec(Qt::MoveAction);
}

} // namespace CreatorDesk
