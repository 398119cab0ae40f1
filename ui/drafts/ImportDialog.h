// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafts/ImportAccount.h"
#include "text/PlatformLimits.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace CreatorDesk {

class ApiClient;
class DraftStore;
class ImportPreviewModel;
class ImportRunner;

// File → Import posts…: a CSV, text or Markdown file of posts (ImportReader) is read off the UI
// thread into a preview that shows every row with its verdicts; nothing is created until the
// person presses Import. Then the drafts are created one row at a time (ImportRunner), with one
// progress bar and each row's result in the table; rows with problems are skipped and counted,
// and the first failure stops the import and says which rows were done. Closing during an
// import asks first, then stops after the row in progress.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    // `client` may be null (not connected): rows with media or a time are then refused in the
    // preview. `accounts` are those the rows may name; `limits` are the counters' limits.
    ImportDialog(DraftStore *store, ApiClient *client, const QList<ImportAccount> &accounts,
                 const PlatformLimits &limits = {}, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Rows that name no account are judged for these (X unless set).
    void setDefaultPlatforms(const QList<Platform> &platforms);
    // Previews `path`.
    void openFile(const QString &path);
    // Asks for a file (the dialog stays responsive), then previews it.
    void chooseFile();

    bool isImporting() const;
    ImportPreviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *closeButton() const { return m_close; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    // During an import: asks, then closes once the row in progress is done.
    void reject() override;

Q_SIGNALS:
    // The import ended (completely, stopped or at a failure), with what ImportRunner said.
    void importFinished(const QString &summary);

private:
    void startImport();
    void onLoadProgressed(qint64 bytesRead, qint64 totalBytes);
    void onLoadFinished();
    void onImportFinished(const QString &summary);
    void showError(const QString &text);
    void updateButtons();

    QPointer<DraftStore> m_store;
    QList<ImportAccount> m_accounts;
    PlatformLimits m_limits;
    QList<Platform> m_defaultPlatforms;
    bool m_connected;
    ImportPreviewModel *m_model;
    ImportRunner *m_runner;
    bool m_imported = false;
    bool m_closeWhenStopped = false;
    QLabel *m_file;
    QPushButton *m_choose;
    QProgressBar *m_progress;
    QLabel *m_error;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_import;
    QPushButton *m_close;
};

} // namespace CreatorDesk
