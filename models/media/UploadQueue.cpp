// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/UploadQueue.h"

#include "api/ApiClient.h"
#include "media/MediaAttachmentModel.h"

namespace CreatorDesk {

using State = MediaAttachmentModel::State;

UploadQueue::UploadQueue(MediaAttachmentModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    // Queued so that several files dropped at once leave in one request.
    connect(m_model, &MediaAttachmentModel::queuedAdded, this,
            [this] { QMetaObject::invokeMethod(this, &UploadQueue::start, Qt::QueuedConnection); });
}

void UploadQueue::setClient(ApiClient *client)
{
    if (client == m_client)
        return;
    if (m_job)
        abortBatch(); // its files go back to the queue, for the new connection
    m_client = client;
    start();
}

void UploadQueue::start()
{
    if (m_job || !m_client)
        return;
    QList<MediaFile> files;
    m_batch.clear();
    for (const MediaAttachmentModel::Item &item : m_model->items()) {
        if (item.state != State::Queued)
            continue;
        files.append({item.path, item.mimeType});
        m_batch.append(item.id);
        if (files.size() == ApiClient::MaxFilesPerUpload)
            break;
    }
    if (m_batch.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    for (int id : std::as_const(m_batch))
        m_model->setUploading(id, 0);
    const quint64 generation = ++m_generation;
    const QList<int> batch = m_batch;
    ++m_requestsSent;
    m_job = m_client->uploadMedia(
        files, this, [this, generation, batch](const Result<MediaUploadResult> &result) {
            if (generation != m_generation)
                return; // aborted on purpose; its files were already dealt with
            m_job = nullptr;
            m_batch.clear();
            if (result) {
                const QList<UploadedMedia> &uploads = result.value().uploads;
                for (qsizetype i = 0; i < batch.size(); ++i) {
                    if (i < uploads.size())
                        m_model->setUploaded(batch.at(i), uploads.at(i).mediaId, uploads.at(i).url);
                    else
                        m_model->setFailed(batch.at(i), tr("the server did not confirm this file"));
                }
            } else {
                for (int id : batch)
                    m_model->setFailed(id, result.error().userMessage());
            }
            Q_EMIT batchFinished(batch, result.ok());
            Q_EMIT progressChanged();
            start();
        });
    connect(m_job, &ApiJob::uploadProgress, this, &UploadQueue::onProgress);
    Q_EMIT batchStarted(batch);
    Q_EMIT progressChanged();
}

void UploadQueue::onProgress(qint64 sent, qint64 total)
{
    // Qt reports every 16-64 KB; twenty updates a second are plenty for bars and spare the
    // UI thread, which also feeds the upload.
    if (m_sinceProgress.isValid() && m_sinceProgress.elapsed() < 50 && sent < total)
        return;
    m_sinceProgress.restart();
    // The body is the files in order plus a few hundred bytes of part headers: spread the
    // headers evenly and give each file the bytes that fall within its stretch.
    qint64 fileBytes = 0;
    for (int id : std::as_const(m_batch)) {
        if (const auto *item = m_model->item(id))
            fileBytes += item->size;
    }
    if (fileBytes <= 0 || total <= 0)
        return;
    const double sentFileBytes = double(sent) * double(fileBytes) / double(total);
    qint64 offset = 0;
    for (int id : std::as_const(m_batch)) {
        const auto *item = m_model->item(id);
        if (!item)
            continue;
        const qint64 within = qBound<qint64>(0, qint64(sentFileBytes) - offset, item->size);
        // The last bytes count once the server has answered.
        m_model->setUploading(id, within == item->size ? item->size - 1 : within);
        offset += item->size;
    }
    Q_EMIT progressChanged();
}

void UploadQueue::abortBatch()
{
    ++m_generation; // the aborted job's handler is ignored
    if (m_job) {
        m_job->abort();
        m_job = nullptr;
    }
    for (int id : std::as_const(m_batch)) {
        if (const auto *item = m_model->item(id); item && item->state == State::Uploading)
            m_model->setQueued(id);
    }
    m_batch.clear();
}

void UploadQueue::cancel(int itemId)
{
    const auto *item = m_model->item(itemId);
    if (!item || item->state == State::Uploaded)
        return;
    if (m_batch.contains(itemId)) {
        // One request carries the whole batch: stop it and send the others again.
        m_model->setCancelled(itemId);
        abortBatch();
        QMetaObject::invokeMethod(this, &UploadQueue::start, Qt::QueuedConnection);
    } else {
        m_model->setCancelled(itemId);
    }
    Q_EMIT progressChanged();
}

void UploadQueue::cancelAll()
{
    ++m_generation;
    if (m_job) {
        m_job->abort();
        m_job = nullptr;
    }
    m_batch.clear();
    for (const MediaAttachmentModel::Item &item : m_model->items()) {
        if (item.state == State::Queued || item.state == State::Uploading)
            m_model->setCancelled(item.id);
    }
    Q_EMIT progressChanged();
    Q_EMIT idle();
}

void UploadQueue::retry(int itemId)
{
    const auto *item = m_model->item(itemId);
    if (!item || (item->state != State::Failed && item->state != State::Cancelled))
        return;
    m_model->setQueued(itemId); // queuedAdded() starts the queue
}

void UploadQueue::remove(int itemId)
{
    if (m_batch.contains(itemId)) {
        m_model->setCancelled(itemId);
        abortBatch();
        QMetaObject::invokeMethod(this, &UploadQueue::start, Qt::QueuedConnection);
    }
    const int row = m_model->rowOf(itemId);
    if (row >= 0)
        m_model->removeRows(row, 1);
    Q_EMIT progressChanged();
}

} // namespace CreatorDesk
