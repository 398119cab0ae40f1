// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/MediaStrip.h"

#include "drafts/MediaTile.h"
#include "media/MediaAttachmentModel.h"
#include "media/MediaThumbnail.h"
#include "media/UploadQueue.h"
#include "storage/PastedImageStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace CreatorDesk {

namespace {

// A mark for what has no picture of its own (video), or a badge over a GIF's first frame.
QPixmap markedPixmap(const QImage &image, MediaProbe::Kind kind, int side)
{
    QPixmap pixmap(side, side);
    pixmap.fill(QColor(0x2b, 0x2f, 0x36));
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!image.isNull()) {
        const QImage scaled =
            image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        painter.drawImage((side - scaled.width()) / 2, (side - scaled.height()) / 2, scaled);
    }
    if (kind == MediaProbe::Kind::Video) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 220));
        const double r = side * 0.18;
        const QPointF c(side / 2.0, side / 2.0);
        const QPointF triangle[3] = {c + QPointF(-r * 0.6, -r), c + QPointF(-r * 0.6, r),
                                     c + QPointF(r, 0)};
        painter.drawPolygon(triangle, 3);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, side - 20, side, 18), Qt::AlignCenter, MediaStrip::tr("VIDEO"));
    } else if (kind == MediaProbe::Kind::Gif) {
        const QRect badge(4, side - 20, 34, 16);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 170));
        painter.drawRoundedRect(badge, 3, 3);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, MediaStrip::tr("GIF"));
    }
    return pixmap;
}

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

MediaStrip::MediaStrip(QWidget *parent)
    : QWidget(parent)
    , m_tileRow(new QWidget(this))
    , m_tileLayout(new QHBoxLayout(m_tileRow))
    , m_add(new QPushButton(tr("Add &media…"), this))
    , m_paste(new QPushButton(tr("Paste image"), this))
    , m_overall(new QProgressBar(this))
    , m_cancelAll(new QPushButton(tr("Cancel all"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("mediaStrip"));
    setAcceptDrops(true);
    m_tileLayout->setContentsMargins(0, 0, 0, 0);
    m_tileLayout->setSpacing(6);
    m_tileLayout->addStretch(1);
    m_tileRow->setVisible(false);
    m_add->setObjectName(QStringLiteral("addMedia"));
    m_add->setToolTip(tr("Pictures (JPEG, PNG, WebP), GIFs or videos (MP4, MOV, WebM); you can "
                         "also drop files on the post or paste an image"));
    m_add->setAccessibleName(tr("Add media to this post"));
    m_paste->setObjectName(QStringLiteral("pasteImage"));
    m_paste->setAccessibleName(tr("Paste an image from the clipboard"));
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setRange(0, 1000);
    m_overall->setAccessibleName(tr("Upload progress of this post's media"));
    m_overall->setMaximumWidth(220);
    m_overall->setVisible(false);
    m_cancelAll->setObjectName(QStringLiteral("cancelAllUploads"));
    m_cancelAll->setAccessibleName(tr("Cancel all uploads of this post"));
    m_cancelAll->setVisible(false);
    m_message->setObjectName(QStringLiteral("mediaMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_message->setPalette(palette);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_paste);
    buttons->addStretch(1);
    buttons->addWidget(m_overall);
    buttons->addWidget(m_cancelAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_tileRow);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &MediaStrip::chooseFiles);
    connect(m_paste, &QPushButton::clicked, this, &MediaStrip::pasteImage);
    connect(m_cancelAll, &QPushButton::clicked, this, [this] {
        if (m_queue)
            m_queue->cancelAll();
    });
}

void MediaStrip::setAttachments(MediaAttachmentModel *model, UploadQueue *queue)
{
    if (model == m_model && queue == m_queue)
        return;
    if (m_model)
        m_model->disconnect(this);
    if (m_queue)
        m_queue->disconnect(this);
    m_model = model;
    m_queue = queue;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &MediaStrip::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &MediaStrip::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MediaStrip::rebuild);
        connect(model, &QAbstractItemModel::rowsMoved, this, &MediaStrip::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                        updateTile(row);
                    updateOverall();
                });
    }
    rebuild();
}

void MediaStrip::watchDropTarget(QWidget *target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

void MediaStrip::rebuild()
{
    // Few tiles (20 at most): rebuilding them all keeps the code simple; thumbnails are cached.
    const QWidget *focused = QApplication::focusWidget();
    int focusedId = 0;
    for (MediaTile *tile : std::as_const(m_tiles)) {
        if (tile == focused)
            focusedId = tile->itemId();
    }
    // Later, not now: the change may come from inside a tile's own key or button handler.
    for (MediaTile *tile : std::as_const(m_tiles)) {
        m_tileLayout->removeWidget(tile);
        tile->hide();
        tile->disconnect(this);
        tile->deleteLater();
    }
    m_tiles.clear();
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        auto *tile = new MediaTile(m_tileRow);
        m_tileLayout->insertWidget(row, tile);
        m_tiles.append(tile);
        connect(tile, &MediaTile::removeRequested, this, [this](int id) {
            if (m_queue)
                m_queue->remove(id);
        });
        connect(tile, &MediaTile::cancelRequested, this, [this](int id) {
            if (m_queue)
                m_queue->cancel(id);
        });
        connect(tile, &MediaTile::retryRequested, this, [this](int id) {
            if (m_queue)
                m_queue->retry(id);
        });
        connect(tile, &MediaTile::moveRequested, this, [this](int id, int delta) {
            if (!m_model)
                return;
            const int from = m_model->rowOf(id);
            if (m_model->move(from, delta)) {
                if (MediaTile *moved = m_tiles.value(from + delta))
                    moved->setFocus(Qt::TabFocusReason);
            }
        });
        updateTile(row);
        if (tile->itemId() == focusedId)
            tile->setFocus(Qt::OtherFocusReason);
    }
    m_tileRow->setVisible(rows > 0);
    updateOverall();
}

void MediaStrip::updateTile(int row)
{
    MediaTile *tile = m_tiles.value(row);
    if (!tile || !m_model)
        return;
    const QModelIndex index = m_model->index(row);
    tile->update(index);
    const QString path = index.data(MediaAttachmentModel::PathRole).toString();
    const int kind = index.data(MediaAttachmentModel::KindRole).toInt();
    const QString key = path + QLatin1Char('#') + QString::number(kind);
    if (const auto cached = m_thumbnails.constFind(key); cached != m_thumbnails.cend())
        tile->setThumbnail(*cached);
    else
        requestThumbnail(path, kind);
}

void MediaStrip::requestThumbnail(const QString &path, int kind)
{
    const QString key = path + QLatin1Char('#') + QString::number(kind);
    if (m_pending.contains(key))
        return;
    m_pending.insert(key);
    const int side = MediaTile::ThumbnailSize;
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, key, path, kind] {
        watcher->deleteLater();
        m_pending.remove(key);
        m_thumbnails.insert(
            key, markedPixmap(watcher->result(), MediaProbe::Kind(kind), MediaTile::ThumbnailSize));
        for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
            if (m_model->index(row).data(MediaAttachmentModel::PathRole).toString() == path)
                updateTile(row);
        }
        Q_EMIT thumbnailReady(path);
    });
    // Videos get the mark alone: decoding a frame would need a media framework.
    if (MediaProbe::Kind(kind) == MediaProbe::Kind::Video || path.isEmpty())
        watcher->setFuture(QtConcurrent::run([] { return QImage(); }));
    else
        watcher->setFuture(QtConcurrent::run(&MediaThumbnail::load, path, side));
}

void MediaStrip::updateOverall()
{
    const double progress = m_model ? m_model->overallProgress() : -1;
    const bool running = progress >= 0 && m_model &&
                         (m_model->countIn(MediaAttachmentModel::State::Uploading) > 0 ||
                          m_model->countIn(MediaAttachmentModel::State::Queued) > 0);
    m_overall->setVisible(running);
    m_cancelAll->setVisible(running);
    if (running) {
        m_overall->setValue(int(progress * 1000));
        m_overall->setFormat(tr("%1 %").arg(int(progress * 100)));
    }
}

void MediaStrip::showRefusals(const QStringList &sentences)
{
    m_message->setText(sentences.join(QLatin1Char('\n')));
    m_message->setVisible(!sentences.isEmpty());
}

QString MediaStrip::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void MediaStrip::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add media"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures and videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm);;"
           "All files (*)"));
    if (!paths.isEmpty())
        Q_EMIT filesOffered(paths);
}

bool MediaStrip::pasteImage()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasImage()) {
        showRefusals({tr("The clipboard holds no image.")});
        return false;
    }
    const PastedImageStore::Saved saved =
        PastedImageStore::save(MediaThumbnail::toPng(qvariant_cast<QImage>(mime->imageData())));
    if (saved.path.isEmpty()) {
        showRefusals({saved.error});
        return false;
    }
    Q_EMIT filesOffered({saved.path});
    return true;
}

bool MediaStrip::acceptsDrag(const QMimeData *mime) const
{
    if (mime->hasFormat(QLatin1String(MediaTile::MimeType)))
        return true;
    return mime->hasUrls() && !localFiles(mime).isEmpty();
}

int MediaStrip::dropIndex(int x) const
{
    for (int row = 0; row < m_tiles.size(); ++row) {
        const QRect rect = m_tiles.at(row)->geometry();
        if (x < rect.center().x())
            return row;
    }
    return int(m_tiles.size());
}

bool MediaStrip::handleDrop(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(QLatin1String(MediaTile::MimeType))) {
        if (!m_model)
            return false;
        const int from = m_model->rowOf(mime->data(QLatin1String(MediaTile::MimeType)).toInt());
        const QPoint inRow = m_tileRow->mapFrom(this, event->position().toPoint());
        m_model->moveRows({}, from, 1, {}, dropIndex(inRow.x()));
        event->acceptProposedAction();
        return true;
    }
    const QStringList paths = localFiles(mime);
    if (paths.isEmpty())
        return false;
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT filesOffered(paths);
    return true;
}

void MediaStrip::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsDrag(event->mimeData()))
        event->acceptProposedAction();
}

void MediaStrip::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptsDrag(event->mimeData()))
        event->acceptProposedAction();
}

void MediaStrip::dropEvent(QDropEvent *event)
{
    handleDrop(event);
}

bool MediaStrip::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        // File URLs only; text drops stay the text editor's.
        if (drag->mimeData()->hasUrls() && !localFiles(drag->mimeData()).isEmpty()) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (drop->mimeData()->hasUrls() && handleDrop(drop))
            return true;
        break;
    }
    case QEvent::KeyPress: {
        // Ctrl+V with an image (and no text) on the clipboard attaches the image.
        auto *key = static_cast<QKeyEvent *>(event);
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        if (key->matches(QKeySequence::Paste) && mime && mime->hasImage() && !mime->hasText())
            return pasteImage();
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace CreatorDesk
