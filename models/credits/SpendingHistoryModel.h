// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credits/SpendingRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace CreatorDesk {

// The spending the app itself did, newest last: what, when, cost and balance after. Kept as
// JSON (through storage's DataFile) so it survives restarts; exported as CSV on request.
class SpendingHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        WhatColumn,
        CostColumn,
        BalanceColumn,
        ConnectionColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        TimeRole = Qt::UserRole + 1, // QDateTime, UTC
        CreditsRole,                 // qint64
        BalanceAfterRole,            // qint64, or an invalid QVariant while not known
        ConnectionKeyRole,
    };
    Q_ENUM(Role)

    static constexpr int MaxRecords = 5000;

    explicit SpendingHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Loads `path` (a missing file is an empty history) and saves there from now on.
    bool setStorageFile(const QString &path);
    QString storageFile() const { return m_storageFile; }
    QString errorString() const { return m_error; }

    const QList<SpendingRecord> &records() const { return m_records; }
    QList<SpendingRecord> recordsFor(const QString &connectionKey) const;
    void append(const SpendingRecord &record);
    // The balance reported after spending: fills "balance after" of the connection's newest
    // records that do not have one yet.
    void settleBalance(const QString &connectionKey, qint64 balance);
    void clear();

    // RFC 4180: a header row, CRLF line ends, fields with commas, quotes or line breaks quoted.
    QByteArray toCsv() const;
    bool exportCsv(const QString &path);
    static QString csvField(const QString &text);

Q_SIGNALS:
    // Writing the history file failed; the records stay in memory.
    void saveFailed(const QString &reason);

private:
    bool load();
    bool save();

    QList<SpendingRecord> m_records;
    QString m_storageFile;
    QString m_error;
};

} // namespace CreatorDesk
