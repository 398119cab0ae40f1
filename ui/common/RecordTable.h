// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

#include <functional>

namespace CreatorDesk {

// A table of records (connections, server keys): one row per record, chosen whole and one at a
// time, read-only, no grid, columns fitted to their contents with the last one filling the
// rest, Tab leaving the table, and Delete running `deleteAction` on the chosen row.
class RecordTable final : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTable(std::function<void()> deleteAction, QWidget *parent = nullptr);
};

} // namespace CreatorDesk
