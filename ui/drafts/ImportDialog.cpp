// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/ImportDialog.h"

#include "common/Confirmation.h"
#include "drafts/ImportPreviewModel.h"
#include "schedule/ImportRunner.h"
#include "schedule/ImportVerdicts.h"
#include "storage/DraftStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace CreatorDesk {

namespace {
constexpr int ProgressSteps = 1000;
} // namespace

ImportDialog::ImportDialog(DraftStore *store, ApiClient *client,
                           const QList<ImportAccount> &accounts, const PlatformLimits &limits,
                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_accounts(accounts)
    , m_limits(limits)
    , m_defaultPlatforms{Platform::Twitter}
    , m_connected(client != nullptr)
    , m_model(new ImportPreviewModel(this))
    , m_runner(new ImportRunner(store, client, this))
    , m_file(new QLabel(tr("No file chosen yet."), this))
    , m_choose(new QPushButton(tr("&Choose file…"), this))
    , m_progress(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_close(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Import posts"));
    setObjectName(QStringLiteral("importDialog"));
    resize(900, 560);
    m_runner->setAccounts(accounts);
    m_runner->setLimits(limits);

    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setWordWrap(true);
    m_choose->setAccessibleName(tr("Choose the file to import"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);

    auto *formats = new QLabel(
        tr("CSV: a first line naming the columns text, scheduled_at (optional, ISO 8601), "
           "accounts and media (optional); in a text cell, a blank line or a line --- starts "
           "the next post of the thread. Text or Markdown: one draft per block, blocks "
           "separated by a line ---."),
        this);
    formats->setWordWrap(true);

    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, ProgressSteps);
    m_progress->hide();
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Rows to import"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed sizes: measuring 100,000 rows to fit their contents would stall the window.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_table->setColumnWidth(ImportPreviewModel::RowColumn, 50);
    m_table->setColumnWidth(ImportPreviewModel::FirstPostColumn, 240);
    m_table->setColumnWidth(ImportPreviewModel::PostsColumn, 50);
    m_table->setColumnWidth(ImportPreviewModel::ScheduledColumn, 140);
    m_table->setColumnWidth(ImportPreviewModel::AccountsColumn, 120);
    m_table->setColumnWidth(ImportPreviewModel::VerdictColumn, 220);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_import->setAccessibleName(tr("Import the rows"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    m_close->setAccessibleName(tr("Close the import"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(formats);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_model, &ImportPreviewModel::progressChanged, this, &ImportDialog::onLoadProgressed);
    connect(m_model, &ImportPreviewModel::loadFinished, this, &ImportDialog::onLoadFinished);
    connect(m_runner, &ImportRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(m_runner, &ImportRunner::rowFinished, m_model, &ImportPreviewModel::setResult);
    connect(m_runner, &ImportRunner::finished, this, &ImportDialog::onImportFinished);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setDefaultPlatforms(const QList<Platform> &platforms)
{
    m_defaultPlatforms = platforms;
}

bool ImportDialog::isImporting() const
{
    return m_runner->isRunning();
}

void ImportDialog::chooseFile()
{
    auto *picker =
        new QFileDialog(this, tr("Import posts"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("Posts (*.csv *.txt *.md *.markdown);;All files (*)"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::ExistingFile);
    connect(picker, &QFileDialog::fileSelected, this, &ImportDialog::openFile);
    picker->open();
}

void ImportDialog::openFile(const QString &path)
{
    if (isImporting() || m_imported)
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    m_error->hide();
    m_status->setText(tr("Reading the file…"));
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(0);
    m_progress->show();
    ImportVerdicts::Context context;
    context.accounts = m_accounts;
    context.defaultPlatforms = m_defaultPlatforms;
    context.limits = m_limits;
    context.connected = m_connected;
    // Runs on the parsing thread, on its own copy of the context.
    m_model->setChecker([context](ImportRow &row) { ImportVerdicts::apply(row, context); });
    m_model->load(path);
    updateButtons();
}

void ImportDialog::onLoadProgressed(qint64 bytesRead, qint64 totalBytes)
{
    if (totalBytes <= 0) {
        m_progress->setRange(0, 0); // size unknown: busy
        return;
    }
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(int(qMin<qint64>(ProgressSteps, bytesRead * ProgressSteps / totalBytes)));
}

void ImportDialog::onLoadFinished()
{
    m_progress->hide();
    const int rows = m_model->rowCount();
    if (!m_model->isComplete()) {
        showError(m_model->errorString());
        m_status->setText(rows > 0 ? tr("Nothing can be imported from a file that cannot be read "
                                        "to its end; the %n row(s) read before the problem are "
                                        "shown above.",
                                        nullptr, rows)
                                   : QString());
    } else {
        const int blocked = m_model->blockedCount();
        m_status->setText(blocked == 0 ? tr("%n row(s), all ready to import. Nothing is created "
                                            "until you press Import.",
                                            nullptr, rows)
                                       : tr("%n row(s): %1 ready to import, %2 with problems "
                                            "that will be skipped (see Verdict).",
                                            nullptr, rows)
                                             .arg(m_model->importableCount())
                                             .arg(blocked));
    }
    updateButtons();
}

void ImportDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ImportDialog::updateButtons()
{
    const bool importing = isImporting();
    const bool ready = m_model->isComplete() && m_model->importableCount() > 0 && !importing &&
                       !m_imported && m_store;
    m_import->setEnabled(ready);
    m_import->setText(ready ? tr("&Import %n draft(s)", nullptr, m_model->importableCount())
                            : tr("&Import"));
    m_import->setVisible(!m_imported);
    m_choose->setEnabled(!importing && !m_imported);
    m_close->setText(importing || m_imported ? tr("Close") : tr("Cancel"));
}

void ImportDialog::startImport()
{
    if (!m_import->isEnabled())
        return;
    m_error->hide();
    m_progress->setRange(0, m_model->rowCount());
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Importing…"));
    m_runner->start(m_model->rows());
    updateButtons();
}

void ImportDialog::onImportFinished(const QString &summary)
{
    m_imported = true;
    m_progress->hide();
    m_status->setText(summary);
    if (m_runner->hasFailed())
        showError(summary);
    updateButtons();
    Q_EMIT importFinished(summary);
    if (m_closeWhenStopped)
        QDialog::reject();
}

void ImportDialog::reject()
{
    if (!isImporting()) {
        m_model->cancel(); // a preview still being read stops here
        QDialog::reject();
        return;
    }
    if (m_closeWhenStopped)
        return; // already asked; closes after the row in progress
    Confirmation::ask(this, tr("Stop the import?"),
                      tr("The rows imported so far stay imported. The row in progress is "
                         "finished first, then nothing more is created."),
                      tr("Stop importing"), [this] {
                          if (!isImporting())
                              return;
                          m_closeWhenStopped = true;
                          m_status->setText(tr("Stopping after the row in progress…"));
                          m_runner->cancel();
                      });
}

} // namespace CreatorDesk
