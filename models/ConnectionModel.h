// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"

#include <QAbstractListModel>
#include <QList>

namespace CreatorDesk {

// The connections the app knows about, for the connection selector. For now it holds the demo
// connection; stored connections from the keychain come later.
class ConnectionModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        DisplayNameRole = Qt::UserRole + 1,
        ServiceIdRole,
        ServiceNameRole,
        BaseUrlRole,
        EnvironmentRole, // Connection::Environment as int
        ClientRole,      // ApiClient* as QObject*
    };
    Q_ENUM(Role)

    explicit ConnectionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Appends `connection` and returns its row.
    int addConnection(const Connection &connection);
    void removeConnection(int row);
    const Connection &connectionAt(int row) const { return m_connections.at(row); }
    ApiClient *clientAt(int row) const;

private:
    QList<Connection> m_connections;
};

} // namespace CreatorDesk
