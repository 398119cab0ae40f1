// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "auth/RemoteKeys.h"
#include "common/RequestTracker.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>

namespace CreatorDesk {

class LoadState;

// The API keys a service holds for the connection's account, one row per key, through
// RemoteKeys (xAIcreator, Xquik, the generic API). Only masked keys or prefixes reach it.
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
        CreatedRole,       // QDateTime, UTC
        LastUsedRole,      // QDateTime, UTC; invalid: never used
        InUseRole,         // bool: the key the connection is using
        NeedsRotationRole, // bool: older than RotationAgeDays
        InUseUnknownRole,  // bool: the service lists only the environment, so it cannot be told
    };
    Q_ENUM(Role)

    // Seed 004: rotate keys every 90 days.
    static constexpr int RotationAgeDays = 90;

    explicit RemoteKeyModel(QObject *parent = nullptr);
    ~RemoteKeyModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    HttpClient *http() const { return m_http; }
    LoadState *loadState() const { return m_state; }
    // False when the connection's service has no key-management endpoints.
    bool isSupported() const { return m_remote != nullptr; }
    bool canCreate() const { return m_remote && m_remote->canCreate(); }
    int rowOfId(const QString &id) const;

    // Creates a key; the list is loaded again afterwards. The full key goes to `handler` only.
    void createKey(const QString &name, QObject *context, ResultHandler<CreatedKey> handler);
    void revokeKey(const QString &id, QObject *context, ResultHandler<Acknowledgement> handler);

    // What may be shown of `key`: the server's masked form as is, otherwise the prefix only.
    static QString maskedKey(const QString &key);

public Q_SLOTS:
    void setHttp(CreatorDesk::HttpClient *http);
    void setClient(CreatorDesk::ApiClient *client);
    void refresh();

private:
    void setKeys(const RemoteKeyList &list);
    QVariant displayText(const RemoteKey &key, int column) const;
    static bool needsRotation(const RemoteKey &key);

    QPointer<HttpClient> m_http;
    std::unique_ptr<RemoteKeys> m_remote;
    LoadState *m_state;
    RequestTracker m_request;
    QList<RemoteKey> m_keys;
    QList<KeyUse> m_uses; // worked out once per list, so no full key is compared in data()
};

} // namespace CreatorDesk
