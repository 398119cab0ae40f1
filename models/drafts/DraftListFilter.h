// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace CreatorDesk {

// The drafts list as the person narrows it: by search text (set on the proxy, over
// DraftListModel::SearchTextRole) and by the chosen social set. A draft of another set is
// hidden, and so is one of no set that is on the server (its server copy is in no set, so the
// server does not list it here); a draft of no set only on this computer (no account chosen
// yet) is shown. The source model is a DraftListModel.
class DraftListFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DraftListFilter(QObject *parent = nullptr);

    void setSocialSetId(const QString &id);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_setId;
};

} // namespace CreatorDesk
