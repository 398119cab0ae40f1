// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/Connection.h"
#include "storage/ConnectionKeys.h"
#include "storage/ConnectionStore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QSet>

#include <functional>

class QNetworkAccessManager;

namespace CreatorDesk {

class ServiceRegistry;

// The person's connections: the stored ones of a ConnectionStore (records in settings, keys
// in the keychain or, for "this run only", in memory) and connections added in memory (the
// demo). One row each; column 0 is the name, so a combo box can show the model as is.
//
// The one door to connections and their keys: adding, renaming, verifying, replacing a key
// and removing go through here (ConnectionModelKeys.cpp), so a key that is stored also goes
// straight to its connection's HttpClient. The keychain is read back only for the connections
// found at start-up, when one is first used.
class ConnectionModel final : public QAbstractTableModel, public ConnectionKeys
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ServiceColumn,
        EnvironmentColumn,
        KeyColumn,
        VerifiedColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        DisplayNameRole = Qt::UserRole + 1,
        ServiceIdRole,
        ServiceNameRole,
        BaseUrlRole,
        EnvironmentRole, // Connection::Environment as int
        ClientRole,      // ApiClient* as QObject*; null for other services
        HttpClientRole,  // HttpClient* as QObject*
        IdRole,
        EnvironmentBadgeRole, // "LIVE", "TEST", "SANDBOX"
        KeyPrefixRole,
        LastVerifiedRole, // QDateTime, UTC; invalid: never
        StatusRole,
        SessionOnlyRole,
        ActiveRole, // bool: the connection every pane shows
    };
    Q_ENUM(Role)

    // The answer to activate(): empty when the connection's key is in its HttpClient.
    using ActivationHandler = std::function<void(const QString &problem)>;

    explicit ConnectionModel(QObject *parent = nullptr);
    ~ConnectionModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows the store's connections and follows its changes. Their clients are made here,
    // on `network`, without a key until activate() reads it.
    void setStore(ConnectionStore *store, const ServiceRegistry *registry,
                  QNetworkAccessManager *network);
    bool hasStore() const { return m_store; }
    const ServiceRegistry *registry() const { return m_registry; }
    QNetworkAccessManager *network() const { return m_network; }

    // Whether the OS keychain answered at start; if not, new keys can be kept for this run.
    void setKeychainStatus(bool available, const QString &problem);
    bool isKeychainAvailable() const { return m_keychainAvailable; }
    QString keychainProblem() const { return m_keychainProblem; }

    // Through the store; the key also goes to the connection's HttpClient.
    std::optional<ConnectionRecord> record(const QString &id) const override;
    void probeKeychain(QObject *context, SecretHandler handler) override;
    void add(ConnectionRecord record, const QString &key, QObject *context,
             SecretHandler handler) override;
    void readKey(const QString &id, QObject *context, SecretHandler handler) override;
    void replaceKey(const QString &id, const QString &key, const QString &keyPrefix,
                    QObject *context, SecretHandler handler) override;
    void remove(const QString &id, QObject *context, SecretHandler handler);
    // False (and nothing changed) when another connection has that name already.
    bool rename(const QString &id, const QString &displayName);
    void setVerification(const QString &id, const QDateTime &when, const QString &status);

    // Appends `connection` (with its clients) and returns its row. A connection whose id the
    // store knows takes that record's row, and follows the record from then on.
    int addConnection(const Connection &connection);
    void removeConnection(int row);
    const Connection &connectionAt(int row) const { return m_connections.at(row); }
    ApiClient *clientAt(int row) const;
    HttpClient *httpAt(int row) const;
    int rowOfId(const QString &id) const;
    int rowOfHttp(const HttpClient *http) const;
    // Makes sure the connection's key is in its HttpClient: read from the store if needed
    // (asynchronously, the keychain may ask to be unlocked).
    void activate(int row, QObject *context, ActivationHandler handler);

    // Marks the connection the panes show (bold, "active" in its tooltip).
    void setActiveHttp(const HttpClient *http);

    static QString environmentBadge(Connection::Environment environment);

Q_SIGNALS:
    void keychainStatusChanged();

private:
    void syncWithStore();
    void handKeyTo(const QString &id, const QString &key);
    Connection fromRecord(const ConnectionRecord &record);
    void updateFromRecord(Connection &connection, const ConnectionRecord &record) const;
    QVariant displayText(const Connection &connection, int column) const;

    QList<Connection> m_connections;
    QPointer<ConnectionStore> m_store;
    const ServiceRegistry *m_registry = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QSet<QString> m_storedIds; // ids the store listed last time
    QPointer<HttpClient> m_activeHttp;
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
};

} // namespace CreatorDesk
