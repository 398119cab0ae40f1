// SPDX-License-Identifier: GPL-3.0-or-later
#include "credits/SpendingHistoryPanel.h"

#include "credits/BalanceChart.h"
#include "credits/SpendingHistoryModel.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace CreatorDesk {

SpendingHistoryPanel::SpendingHistoryPanel(SpendingHistoryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_chart(new BalanceChart(this))
    , m_table(new QTableView(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_message(new QLabel(this))
{
    m_chart->setModel(model);
    m_table->setModel(model);
    m_table->setAccessibleName(tr("Spending history"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SpendingHistoryModel::WhatColumn,
                                                      QHeaderView::Stretch);
    m_export->setAccessibleName(tr("Export the spending history as a CSV file"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Export result"));
    m_message->hide();

    auto *heading = new QLabel(tr("Spending history"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *note = new QLabel(tr("Kept on this computer from the calls Creator Desk makes."), this);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addWidget(note, 1);
    top->addWidget(m_export);

    auto *body = new QHBoxLayout;
    body->addWidget(m_chart, 1);
    body->addWidget(m_table, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);

    connect(m_export, &QPushButton::clicked, this, &SpendingHistoryPanel::chooseExportFile);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                &SpendingHistoryPanel::updateEmptyState);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this,
                &SpendingHistoryPanel::updateEmptyState);
        connect(m_model, &QAbstractItemModel::modelReset, this,
                &SpendingHistoryPanel::updateEmptyState);
        connect(m_model, &QAbstractItemModel::rowsInserted, m_table, &QTableView::scrollToBottom);
    }
    updateEmptyState();
}

void SpendingHistoryPanel::updateEmptyState()
{
    m_export->setEnabled(m_model && m_model->rowCount() > 0);
    m_export->setToolTip(m_export->isEnabled() ? QString()
                                               : tr("Nothing has been spent from this app yet"));
}

void SpendingHistoryPanel::chooseExportFile()
{
    // Not modal to the whole application, and not a nested event loop.
    auto *dialog = new QFileDialog(this, tr("Export spending history"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(QStringLiteral("creatordesk-spending-%1.csv")
                           .arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, &SpendingHistoryPanel::exportTo);
    dialog->open();
}

bool SpendingHistoryPanel::exportTo(const QString &path)
{
    if (!m_model)
        return false;
    const bool ok = m_model->exportCsv(path);
    m_message->setText(ok ? tr("Saved the history to %1.").arg(QDir::toNativeSeparators(path))
                          : m_model->errorString());
    m_message->setForegroundRole(ok ? QPalette::WindowText : QPalette::Text);
    m_message->show();
    return ok;
}

QString SpendingHistoryPanel::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

} // namespace CreatorDesk
