// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/TargetAccountModel.h"

#include "api/Platform.h"
#include "connections/SocialSetSource.h"

namespace CreatorDesk {

TargetAccountModel::TargetAccountModel(SocialSetSource *source, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
{
    connect(m_source, &SocialSetSource::setsChanged, this, &TargetAccountModel::takeSets);
    takeSets();
}

LoadState *TargetAccountModel::loadState() const
{
    return m_source->loadState();
}

int TargetAccountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TargetAccountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const std::optional<Platform> platform = platformFromId(row.account.platform);
    const QString platformName = platform ? platformDisplayName(*platform) : row.account.platform;
    switch (role) {
    case Qt::DisplayRole:
        return row.setName.isEmpty()
                   ? tr("%1 · %2").arg(platformName, row.account.username)
                   : tr("%1 · %2 (%3)").arg(platformName, row.account.username, row.setName);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1 account %2 in social set %3")
            .arg(platformName, row.account.username,
                 row.setName.isEmpty() ? row.account.socialSetId : row.setName);
    case Qt::CheckStateRole:
        return row.checked ? Qt::Checked : Qt::Unchecked;
    case AccountIdRole:
        return row.account.accountId;
    case SocialSetIdRole:
        return row.account.socialSetId;
    case SocialSetNameRole:
        return row.setName;
    case PlatformRole:
        return row.account.platform;
    case UsernameRole:
        return row.account.username;
    default:
        return {};
    }
}

bool TargetAccountModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    Row &target = m_rows[index.row()];
    target.checked = checked;
    if (checked) { // one social set per draft
        for (Row &row : m_rows) {
            if (row.checked && row.account.socialSetId != target.account.socialSetId)
                row.checked = false;
        }
        Q_EMIT dataChanged(this->index(0), this->index(rowCount() - 1), {Qt::CheckStateRole});
    } else {
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    }
    Q_EMIT selectionEdited();
    return true;
}

Qt::ItemFlags TargetAccountModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable;
}

QHash<int, QByteArray> TargetAccountModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AccountIdRole, "accountId");
    names.insert(SocialSetIdRole, "socialSetId");
    names.insert(SocialSetNameRole, "socialSetName");
    names.insert(PlatformRole, "platform");
    names.insert(UsernameRole, "username");
    return names;
}

QList<LocalDraft::Account> TargetAccountModel::selected() const
{
    QList<LocalDraft::Account> accounts;
    for (const Row &row : m_rows) {
        if (row.checked)
            accounts.append(row.account);
    }
    return accounts;
}

void TargetAccountModel::setSelected(const QList<LocalDraft::Account> &accounts)
{
    beginResetModel();
    // Rows the server no longer lists, and that are not chosen, go.
    m_rows.removeIf([](const Row &row) { return row.setName.isEmpty() && !row.checked; });
    for (Row &row : m_rows)
        row.checked = false;
    for (const LocalDraft::Account &account : accounts) {
        auto it = std::find_if(m_rows.begin(), m_rows.end(), [&account](const Row &row) {
            return row.account.accountId == account.accountId;
        });
        if (it != m_rows.end())
            it->checked = true;
        else
            m_rows.append(Row{account, {}, true});
    }
    endResetModel();
}

void TargetAccountModel::takeSets()
{
    // The person's choice stays checked across a new list.
    const QList<LocalDraft::Account> chosen = selected();
    QList<Row> rows;
    for (const SocialSet &set : m_source->sets()) {
        for (const SocialAccount &account : set.accounts)
            rows.append(Row{{account.accountId, set.id, account.platformName, account.username},
                            set.name,
                            false});
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    setSelected(chosen);
}

} // namespace CreatorDesk
