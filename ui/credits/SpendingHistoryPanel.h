// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace CreatorDesk {

class BalanceChart;
class SpendingHistoryModel;

// The spending history: balance chart, table and "Export CSV…".
class SpendingHistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    SpendingHistoryPanel(SpendingHistoryModel *model, QWidget *parent = nullptr);

    BalanceChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    QPushButton *exportButton() const { return m_export; }
    // Writes the CSV to `path`; false (and a message under the table) when it fails.
    bool exportTo(const QString &path);
    QString messageText() const;

private:
    void chooseExportFile();
    void updateEmptyState();

    QPointer<SpendingHistoryModel> m_model;
    BalanceChart *m_chart;
    QTableView *m_table;
    QPushButton *m_export;
    QLabel *m_message;
};

} // namespace CreatorDesk
