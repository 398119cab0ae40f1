// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafts/ImportAccount.h"
#include "drafts/ImportRow.h"
#include "storage/LocalDraft.h"
#include "text/PlatformLimits.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace CreatorDesk {

class ApiClient;
class DraftScheduler;
class DraftStore;

// Creates the drafts of imported rows, one row at a time and in order: a local draft for every
// row (DraftStore, on disk before any request), its media uploaded into the thread's first post,
// and for a row with a time a server draft scheduled to the row's accounts (DraftScheduler).
// Rows that are not importable are skipped and counted. The first failure stops the import:
// the rows before it stay done, and summary() says which ("Rows 1–36 done, row 37 failed: …").
class ImportRunner final : public QObject
{
    Q_OBJECT

public:
    // The next row to import; false when there is none. Rows are asked for one at a time, so
    // they can be read from a file as the import goes.
    using Source = std::function<bool(ImportRow &row)>;

    // `client` may be null: rows with media or a time then fail (their verdicts say so first).
    ImportRunner(DraftStore *store, ApiClient *client, QObject *parent = nullptr);
    ~ImportRunner() override;

    // The accounts rows may name (their platform and social set go into the drafts).
    void setAccounts(const QList<ImportAccount> &accounts) { m_accounts = accounts; }
    // The limits the preview judged the rows with, so that scheduling does not refuse what the
    // preview let through (X Premium, a Mastodon instance's own limit).
    void setLimits(const PlatformLimits &limits);

    // rowFinished()'s index is the position in `rows`.
    void start(const QList<ImportRow> &rows);
    // `total` is only for progress(); -1 when unknown.
    void start(Source source, int total = -1);
    // Stops after the row in progress.
    void cancel() { m_cancelled = true; }

    bool isRunning() const { return m_running; }
    bool hasFailed() const { return m_failedNumber > 0; }
    int createdCount() const { return m_created; }
    int scheduledCount() const { return m_scheduled; }
    int skippedCount() const { return m_skipped; }
    QString summary() const;

Q_SIGNALS:
    void progress(int done, int total);
    // `ok`: the row's draft exists as asked (created, or created and scheduled).
    void rowFinished(int index, bool ok, const QString &text);
    void finished(const QString &summary);

private:
    void nextRow();
    void importRow();
    void uploadMedia(int from);
    void schedule();
    void rowDone(const QString &text);
    void rowFailed(const QString &reason);
    void advance();
    void finish();
    LocalDraft draftOf(const ImportRow &row) const;

    QPointer<DraftStore> m_store;
    QPointer<ApiClient> m_client;
    DraftScheduler *m_scheduler;
    QList<ImportAccount> m_accounts;
    Source m_source;
    int m_total = -1;
    int m_index = -1;
    ImportRow m_row;
    LocalDraft m_draft;
    bool m_running = false;
    bool m_cancelled = false;
    int m_created = 0;
    int m_scheduled = 0;
    int m_skipped = 0;
    int m_firstNumber = 0; // the number of the first row taken
    int m_lastNumber = 0;  // of the last row finished (done or skipped)
    int m_failedNumber = 0;
    QString m_failure;
};

} // namespace CreatorDesk
