// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RequestTracker.h"
#include "api/ApiClient.h"

#include "api/dto/AuthDtos.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace CreatorDesk {

class LoadState;

// The API keys the service holds for the signed-in account (GET /auth/api-keys), one row per
// key. Only masked keys ever reach this model.
class RemoteKeyModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KeyColumn, StatusColumn, CreatedColumn, LastUsedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        MaskedKeyRole,
        StatusRole,
        CreatedRole,  // QDateTime, UTC
        LastUsedRole, // QDateTime, UTC; invalid: never used
    };
    Q_ENUM(Role)

    explicit RemoteKeyModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    ApiClient *client() const { return m_client; }
    LoadState *loadState() const { return m_state; }

    // What may be shown of `key`: the server's masked form as is, otherwise the prefix only.
    static QString maskedKey(const QString &key);

public Q_SLOTS:
    void setClient(CreatorDesk::ApiClient *client);
    void refresh();

private:
    void setKeys(QList<ApiKeyInfo> keys);
    QVariant displayText(const ApiKeyInfo &key, int column) const;

    QPointer<ApiClient> m_client;
    LoadState *m_state;
    RequestTracker m_request;
    QList<ApiKeyInfo> m_keys;
};

} // namespace CreatorDesk
