// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafts/ImportRow.h"

#include <QAbstractTableModel>

#include <functional>
#include <memory>

class QThread;

namespace CreatorDesk {

class ImportParser;

// The rows of a file to import, as a table: row number, first post, number of posts, time,
// accounts, the verdicts ("fits everywhere" or the problems), and the import's result for the
// row. load() reads the file on a worker thread (ImportReader; the checker judges each row
// there), and rows arrive in batches, with progress by bytes read. At most maximumRows() rows
// are kept: a longer file stops the preview with an error, as does a file that cannot be read.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RowColumn,
        FirstPostColumn,
        PostsColumn,
        ScheduledColumn,
        AccountsColumn,
        VerdictColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role {
        ImportableRole = Qt::UserRole + 1, // bool: no parse error, no verdict
        ResultOkRole,                      // bool, or nothing before the row's import
    };
    enum class State { Empty, Parsing, Complete, Failed };
    using Checker = std::function<void(ImportRow &row)>;
    static constexpr int DefaultMaximumRows = 100'000;

    explicit ImportPreviewModel(QObject *parent = nullptr);
    ~ImportPreviewModel() override;

    // Judges each row on the parsing thread (ImportVerdicts::apply with a copied context).
    void setChecker(Checker checker) { m_checker = std::move(checker); }
    void setMaximumRows(int rows) { m_maximumRows = rows; }
    int maximumRows() const { return m_maximumRows; }

    // Forgets what was shown and starts reading `path`.
    void load(const QString &path);
    // Stops a load in progress; what was read stays, and the state becomes Failed.
    void cancel();

    State state() const { return m_state; }
    bool isComplete() const { return m_state == State::Complete; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }
    const QList<ImportRow> &rows() const { return m_rows; }
    int importableCount() const { return m_importable; }
    int blockedCount() const { return int(m_rows.size()) - m_importable; }

    // The import's outcome for a row, shown in ResultColumn.
    void setResult(int row, bool ok, const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void progressChanged(qint64 bytesRead, qint64 totalBytes);
    // The load ended: state() is Complete, or Failed with errorString().
    void loadFinished();

private:
    struct Result
    {
        bool ok = false;
        QString text;
    };

    void stop();
    void appendRows(const QList<CreatorDesk::ImportRow> &rows);
    void onProgressed(qint64 bytesRead, qint64 totalBytes);
    void onFinished(const QString &error, bool cancelled);
    QVariant display(const ImportRow &row, int column) const;

    Checker m_checker;
    int m_maximumRows = DefaultMaximumRows;
    std::unique_ptr<ImportParser> m_parser;
    std::unique_ptr<QThread> m_thread;
    State m_state = State::Empty;
    QString m_path;
    QString m_error;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = -1;
    QList<ImportRow> m_rows;
    QList<Result> m_results; // as long as m_rows once an import has begun
    int m_importable = 0;
    int m_generation = 0;
};

} // namespace CreatorDesk
