// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafts/ImportRow.h"

#include <QObject>

#include <atomic>
#include <functional>

namespace CreatorDesk {

// Reads an import file on a worker thread for ImportPreviewModel: run() is called there, and
// its signals reach the model queued, rows in batches. cancel() may be called from any thread;
// run() stops at the next row.
class ImportParser final : public QObject
{
    Q_OBJECT

public:
    using Checker = std::function<void(ImportRow &row)>;
    static constexpr int BatchRows = 500;
    static constexpr int BatchMs = 100;

    ImportParser(const QString &path, Checker checker, int maximumRows);

    void run();
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void rowsRead(const QList<CreatorDesk::ImportRow> &rows);
    void progressed(qint64 bytesRead, qint64 totalBytes);
    // `error` empty: every row was read (and delivered before this).
    void finished(const QString &error, bool cancelled);

private:
    QString m_path;
    Checker m_checker;
    int m_maximumRows;
    std::atomic_bool m_cancelled = false;
};

} // namespace CreatorDesk
