// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

namespace CreatorDesk {

class MediaAttachmentModel;

// Uploads the queued items of one post's MediaAttachmentModel, at most 4 files per request
// (the API's limit), one request at a time, streaming each file from disk. Cancelling one file
// of a batch aborts that request and sends the batch's other files again; cancelAll() stops
// everything; retry() sends one failed or cancelled file again, never the uploaded ones.
class UploadQueue final : public QObject
{
    Q_OBJECT

public:
    explicit UploadQueue(MediaAttachmentModel *model, QObject *parent = nullptr);

    void setClient(ApiClient *client);
    ApiClient *client() const { return m_client; }
    MediaAttachmentModel *model() const { return m_model; }

    bool isBusy() const { return m_job != nullptr; }
    // Item ids in the request in flight.
    QList<int> currentBatch() const { return m_batch; }
    int requestsSent() const { return m_requestsSent; }

    void cancel(int itemId);
    void cancelAll();
    void retry(int itemId);
    // Removes an item, cancelling its upload first when it is under way.
    void remove(int itemId);

public Q_SLOTS:
    // Sends the next batch when none is in flight (called by itself whenever work appears).
    void start();

Q_SIGNALS:
    void batchStarted(const QList<int> &itemIds);
    void batchFinished(const QList<int> &itemIds, bool ok);
    // Nothing queued and nothing in flight any more.
    void idle();
    void progressChanged();

private:
    void onProgress(qint64 sent, qint64 total);
    void abortBatch();

    MediaAttachmentModel *m_model;
    QPointer<ApiClient> m_client;
    QPointer<ApiJob> m_job;
    QList<int> m_batch;
    QElapsedTimer m_sinceProgress;
    quint64 m_generation = 0;
    int m_requestsSent = 0;
};

} // namespace CreatorDesk
