// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RecordTable.h"

#include "common/DeleteKeyHandler.h"

#include <QHeaderView>

namespace CreatorDesk {

RecordTable::RecordTable(std::function<void()> deleteAction, QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    DeleteKeyHandler::install(this, std::move(deleteAction));
}

} // namespace CreatorDesk
