// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

namespace CreatorDesk::SingleRowMove {

// The flat list models here move one row at a time (by drag or by keyboard). These are the
// checks and the arithmetic they share, with QAbstractItemModel::moveRows' meaning of
// `destinationChild` (the row the moved one is inserted before).

// A move of one top-level row that changes something.
inline bool isValid(const QAbstractItemModel &model, const QModelIndex &sourceParent, int sourceRow,
                    int count, const QModelIndex &destinationParent, int destinationChild)
{
    const int rows = model.rowCount();
    return !sourceParent.isValid() && !destinationParent.isValid() && count == 1 &&
           sourceRow >= 0 && sourceRow < rows && destinationChild >= 0 &&
           destinationChild <= rows && destinationChild != sourceRow &&
           destinationChild != sourceRow + 1;
}

// Where the row ends up in the list once it has moved (for QList::move).
inline int finalRow(int sourceRow, int destinationChild)
{
    return destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
}

// Moves `row` up (delta < 0) or down (delta > 0) by |delta| places.
inline bool moveBy(QAbstractItemModel &model, int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= model.rowCount() || target < 0 || target >= model.rowCount() ||
        delta == 0)
        return false;
    return model.moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target);
}

} // namespace CreatorDesk::SingleRowMove
