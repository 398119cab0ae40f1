// SPDX-License-Identifier: GPL-3.0-or-later
#include "credits/SpendingHistoryModel.h"

#include "common/DisplayTime.h"

#include "storage/DataFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace CreatorDesk {

namespace {

constexpr int FormatVersion = 1;

QString creditsText(qint64 credits)
{
    return QLocale().toString(credits);
}

} // namespace

SpendingHistoryModel::SpendingHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int SpendingHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int SpendingHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpendingHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SpendingRecord &record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case WhenColumn:
            return displayLocalDateTime(record.when);
        case WhatColumn:
            return record.what;
        case CostColumn:
            return tr("%n credits", nullptr, int(qMin<qint64>(record.credits, 1'000'000'000)));
        case BalanceColumn:
            return record.balanceAfter ? creditsText(*record.balanceAfter) : tr("not known");
        case ConnectionColumn:
            return record.connectionName;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn)
            return QLocale().toString(record.when.toLocalTime(), QLocale::LongFormat);
        if (index.column() == WhatColumn)
            return record.what; // the column may be too narrow for all of it
        if (index.column() == BalanceColumn && !record.balanceAfter)
            return tr("The balance was not checked after this call.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CostColumn || index.column() == BalanceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TimeRole:
        return record.when;
    case CreditsRole:
        return record.credits;
    case BalanceAfterRole:
        return record.balanceAfter ? QVariant(*record.balanceAfter) : QVariant();
    case ConnectionKeyRole:
        return record.connectionKey;
    default:
        return {};
    }
}

QVariant SpendingHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case WhenColumn:
        return tr("When");
    case WhatColumn:
        return tr("What");
    case CostColumn:
        return tr("Cost");
    case BalanceColumn:
        return tr("Balance after");
    case ConnectionColumn:
        return tr("Account");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> SpendingHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TimeRole, "time");
    names.insert(CreditsRole, "credits");
    names.insert(BalanceAfterRole, "balanceAfter");
    names.insert(ConnectionKeyRole, "connectionKey");
    return names;
}

bool SpendingHistoryModel::setStorageFile(const QString &path)
{
    m_storageFile = path;
    return load();
}

QList<SpendingRecord> SpendingHistoryModel::recordsFor(const QString &connectionKey) const
{
    QList<SpendingRecord> result;
    for (const SpendingRecord &record : m_records)
        if (record.connectionKey == connectionKey)
            result.append(record);
    return result;
}

void SpendingHistoryModel::append(const SpendingRecord &record)
{
    if (m_records.size() >= MaxRecords) {
        const int excess = int(m_records.size()) - MaxRecords + 1;
        beginRemoveRows({}, 0, excess - 1);
        m_records.remove(0, excess);
        endRemoveRows();
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
    save();
}

void SpendingHistoryModel::settleBalance(const QString &connectionKey, qint64 balance)
{
    int first = -1;
    int last = -1;
    for (int row = int(m_records.size()) - 1; row >= 0; --row) {
        SpendingRecord &record = m_records[row];
        if (record.connectionKey != connectionKey)
            continue;
        if (record.balanceAfter)
            break; // older records were settled by an earlier check
        record.balanceAfter = balance;
        first = row;
        if (last < 0)
            last = row;
    }
    if (first < 0)
        return;
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    save();
}

void SpendingHistoryModel::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
    save();
}

QString SpendingHistoryModel::csvField(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needsQuotes = false;
    for (const QChar c : text)
        needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray SpendingHistoryModel::toCsv() const
{
    const QStringList header{tr("When (UTC)"), tr("Account"), tr("What"), tr("Credits"),
                             tr("Balance after")};
    QStringList lines;
    QStringList fields;
    for (const QString &name : header)
        fields.append(csvField(name));
    lines.append(fields.join(QLatin1Char(',')));
    for (const SpendingRecord &record : m_records) {
        fields = {csvField(record.when.toUTC().toString(Qt::ISODate)),
                  csvField(record.connectionName), csvField(record.what),
                  QString::number(record.credits),
                  record.balanceAfter ? QString::number(*record.balanceAfter) : QString()};
        lines.append(fields.join(QLatin1Char(',')));
    }
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

bool SpendingHistoryModel::exportCsv(const QString &path)
{
    if (const QString error = DataFile::write(path, toCsv(), DataFile::Folder::MustExist);
        !error.isEmpty()) {
        m_error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error);
        return false;
    }
    m_error.clear();
    return true;
}

bool SpendingHistoryModel::load()
{
    beginResetModel();
    m_records.clear();
    m_error.clear();
    const DataFile::Read read = DataFile::read(m_storageFile);
    bool ok = true;
    if (read.bytes || !read.error.isEmpty()) {
        if (!read.bytes) {
            m_error = tr("Could not read the spending history: %1").arg(read.error);
            ok = false;
        } else {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(*read.bytes, &parseError);
            if (!document.isObject()) {
                // Kept aside rather than overwritten by the next save.
                const QString aside = DataFile::keepAside(m_storageFile);
                m_error = tr("The spending history file was damaged (%1); it was kept as %2 and "
                             "a new one is started.")
                              .arg(parseError.errorString(), QDir::toNativeSeparators(aside));
                ok = false;
            }
            const QJsonArray array = document.object().value(QStringLiteral("records")).toArray();
            for (const QJsonValue &value : array)
                if (const auto record = SpendingRecord::fromJson(value.toObject()))
                    m_records.append(*record);
            if (m_records.size() > MaxRecords)
                m_records.remove(0, m_records.size() - MaxRecords);
        }
    }
    endResetModel();
    return ok;
}

bool SpendingHistoryModel::save()
{
    if (m_storageFile.isEmpty())
        return true; // kept in memory only
    QJsonArray array;
    for (const SpendingRecord &record : std::as_const(m_records))
        array.append(record.toJson());
    const QJsonObject root{{QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("records"), array}};
    if (const QString error =
            DataFile::write(m_storageFile, QJsonDocument(root).toJson(QJsonDocument::Indented));
        !error.isEmpty()) {
        m_error = tr("Could not save the spending history: %1").arg(error);
        Q_EMIT saveFailed(m_error);
        return false;
    }
    return true;
}

} // namespace CreatorDesk
