// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/ImportPreviewModel.h"

#include "common/DisplayTime.h"
#include "drafts/ImportParser.h"

#include <QThread>

namespace CreatorDesk {

namespace {
QString firstLineElided(const QString &text)
{
    constexpr qsizetype Length = 60;
    const QString line = text.section(QLatin1Char('\n'), 0, 0);
    if (line.size() <= Length && line.size() == text.size())
        return line;
    return line.left(Length - 1) + QChar(0x2026);
}
} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ImportPreviewModel::~ImportPreviewModel()
{
    stop();
}

void ImportPreviewModel::stop()
{
    if (!m_thread)
        return;
    // The parser stops at its next row, so this wait is short.
    m_parser->cancel();
    m_thread->wait();
    m_thread.reset();
    m_parser.reset();
}

void ImportPreviewModel::load(const QString &path)
{
    stop();
    beginResetModel();
    m_rows.clear();
    m_results.clear();
    m_importable = 0;
    endResetModel();
    m_path = path;
    m_error.clear();
    m_bytesRead = 0;
    m_totalBytes = -1;
    m_state = State::Parsing;
    m_parser = std::make_unique<ImportParser>(path, m_checker, m_maximumRows);
    // The parser lives here and emits from the worker thread, so its signals arrive queued;
    // those of an earlier load still queued are told apart by the generation.
    const int generation = ++m_generation;
    connect(m_parser.get(), &ImportParser::rowsRead, this,
            [this, generation](const QList<ImportRow> &rows) {
                if (generation == m_generation)
                    appendRows(rows);
            });
    connect(m_parser.get(), &ImportParser::progressed, this,
            [this, generation](qint64 bytesRead, qint64 totalBytes) {
                if (generation == m_generation)
                    onProgressed(bytesRead, totalBytes);
            });
    connect(m_parser.get(), &ImportParser::finished, this,
            [this, generation](const QString &error, bool cancelled) {
                if (generation == m_generation)
                    onFinished(error, cancelled);
            });
    m_thread.reset(QThread::create([parser = m_parser.get()] { parser->run(); }));
    m_thread->start(QThread::LowPriority);
}

void ImportPreviewModel::cancel()
{
    if (m_state != State::Parsing)
        return;
    stop();
    ++m_generation;
    m_state = State::Failed;
    m_error = tr("The preview was stopped before the end of the file.");
    Q_EMIT loadFinished();
}

void ImportPreviewModel::appendRows(const QList<ImportRow> &rows)
{
    if (rows.isEmpty() || m_state != State::Parsing)
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const ImportRow &row : rows) {
        m_rows.append(row);
        if (row.isImportable())
            ++m_importable;
    }
    endInsertRows();
}

void ImportPreviewModel::onProgressed(qint64 bytesRead, qint64 totalBytes)
{
    if (m_state != State::Parsing)
        return;
    m_bytesRead = bytesRead;
    m_totalBytes = totalBytes;
    Q_EMIT progressChanged(bytesRead, totalBytes);
}

void ImportPreviewModel::onFinished(const QString &error, bool cancelled)
{
    if (m_state != State::Parsing || cancelled)
        return;
    // The thread is ending: run() returned after this signal.
    m_thread->wait();
    m_state = error.isEmpty() ? State::Complete : State::Failed;
    m_error = error;
    Q_EMIT loadFinished();
}

void ImportPreviewModel::setResult(int row, bool ok, const QString &text)
{
    if (row < 0 || row >= m_rows.size())
        return;
    if (m_results.size() != m_rows.size())
        m_results.resize(m_rows.size());
    m_results[row] = {ok, text};
    const QModelIndex changed = index(row, ResultColumn);
    Q_EMIT dataChanged(changed, changed);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::display(const ImportRow &row, int column) const
{
    switch (column) {
    case RowColumn:
        return row.number;
    case FirstPostColumn:
        return row.posts.isEmpty() ? QString() : firstLineElided(row.posts.constFirst());
    case PostsColumn:
        return int(row.posts.size());
    case ScheduledColumn:
        return row.scheduledAt.isValid() ? displayLocalDateTime(row.scheduledAt) : QString();
    case AccountsColumn:
        return row.accountIds.join(QLatin1String(", "));
    case VerdictColumn:
        return row.isImportable()
                   ? tr("fits everywhere")
                   : row.problemText().replace(QLatin1Char('\n'), QLatin1String("; "));
    default:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow &row = m_rows.at(index.row());
    const Result *result =
        index.row() < m_results.size() && !m_results.at(index.row()).text.isEmpty()
            ? &m_results.at(index.row())
            : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ResultColumn)
            return result ? result->text : QString();
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FirstPostColumn)
            return row.posts.join(QLatin1String("\n\n"));
        if (index.column() == VerdictColumn && !row.isImportable())
            return row.problemText();
        if (index.column() == ResultColumn && result)
            return result->text;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn || index.column() == PostsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ImportableRole:
        return row.isImportable();
    case ResultOkRole:
        return result ? QVariant(result->ok) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case FirstPostColumn:
        return tr("First post");
    case PostsColumn:
        return tr("Posts");
    case ScheduledColumn:
        return tr("Scheduled at");
    case AccountsColumn:
        return tr("Accounts");
    case VerdictColumn:
        return tr("Verdict");
    case ResultColumn:
        return tr("Result");
    default:
        break;
    }
    return {};
}

} // namespace CreatorDesk
