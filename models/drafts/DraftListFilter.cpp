// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/DraftListFilter.h"

#include "drafts/DraftListModel.h"

namespace CreatorDesk {

DraftListFilter::DraftListFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(DraftListModel::SearchTextRole);
    setFilterKeyColumn(DraftListModel::TitleColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void DraftListFilter::setSocialSetId(const QString &id)
{
    m_setId = id;
    invalidateRowsFilter();
}

bool DraftListFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (!m_setId.isEmpty()) {
        const auto *drafts = static_cast<const DraftListModel *>(sourceModel());
        const LocalDraft draft = drafts->draftAt(row);
        if (draft.socialSetId.isEmpty() ? !draft.serverCopies.isEmpty()
                                        : draft.socialSetId != m_setId)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(row, parent);
}

} // namespace CreatorDesk
