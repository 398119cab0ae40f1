// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionModel.h"

#include "api/ApiClient.h"

namespace CreatorDesk {

ConnectionModel::ConnectionModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ConnectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connections.size());
}

QVariant ConnectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Connection &connection = m_connections.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case DisplayNameRole:
        return connection.displayName;
    case Qt::ToolTipRole:
        return connection.baseUrl.toDisplayString();
    case ServiceIdRole:
        return connection.serviceId;
    case ServiceNameRole:
        return connection.serviceName;
    case BaseUrlRole:
        return connection.baseUrl;
    case EnvironmentRole:
        return int(connection.environment);
    case ClientRole:
        return QVariant::fromValue<QObject *>(connection.client.data());
    default:
        return {};
    }
}

QHash<int, QByteArray> ConnectionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DisplayNameRole, "displayName");
    names.insert(ServiceIdRole, "serviceId");
    names.insert(ServiceNameRole, "serviceName");
    names.insert(BaseUrlRole, "baseUrl");
    names.insert(EnvironmentRole, "environment");
    names.insert(ClientRole, "client");
    return names;
}

int ConnectionModel::addConnection(const Connection &connection)
{
    const int row = int(m_connections.size());
    beginInsertRows({}, row, row);
    m_connections.append(connection);
    endInsertRows();
    return row;
}

void ConnectionModel::removeConnection(int row)
{
    if (row < 0 || row >= m_connections.size())
        return;
    beginRemoveRows({}, row, row);
    m_connections.removeAt(row);
    endRemoveRows();
}

ApiClient *ConnectionModel::clientAt(int row) const
{
    if (row < 0 || row >= m_connections.size())
        return nullptr;
    return m_connections.at(row).client.data();
}

} // namespace CreatorDesk
