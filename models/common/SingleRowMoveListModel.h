// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>

namespace CreatorDesk {

// A flat list model whose rows move one at a time (by drag or by keyboard): the checks, the
// arithmetic and the begin/end bracket its subclasses share, with QAbstractItemModel::moveRows'
// meaning of `destinationChild` (the row the moved one is inserted before).
class SingleRowMoveListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    // Moves `row` up (delta < 0) or down (delta > 0) by |delta| places.
    bool moveRowBy(int row, int delta)
    {
        const int target = row + delta;
        if (row < 0 || row >= rowCount() || target < 0 || target >= rowCount() || delta == 0)
            return false;
        return moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target);
    }

protected:
    // For moveRows(): moves one top-level row of `rows` (the model's data) when that changes
    // something, and tells the views.
    template<typename T>
    bool moveOneRow(QList<T> &rows, const QModelIndex &sourceParent, int sourceRow, int count,
                    const QModelIndex &destinationParent, int destinationChild)
    {
        const int size = int(rows.size());
        const bool valid = !sourceParent.isValid() && !destinationParent.isValid() && count == 1 &&
                           sourceRow >= 0 && sourceRow < size && destinationChild >= 0 &&
                           destinationChild <= size && destinationChild != sourceRow &&
                           destinationChild != sourceRow + 1;
        if (!valid || !beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
            return false;
        rows.move(sourceRow,
                  destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
        endMoveRows();
        return true;
    }
};

} // namespace CreatorDesk
