// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/ConnectionModel.h"

#include "auth/KeyFormatCheck.h"
#include "common/DisplayTime.h"
#include "services/ServiceRegistry.h"
#include "storage/ConnectionStore.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

namespace CreatorDesk {

ConnectionModel::ConnectionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ConnectionModel::~ConnectionModel() = default;

int ConnectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connections.size());
}

int ConnectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QString ConnectionModel::environmentBadge(Connection::Environment environment)
{
    switch (environment) {
    case Connection::Environment::Live:
        return tr("LIVE");
    case Connection::Environment::Test:
        return tr("TEST");
    case Connection::Environment::Sandbox:
        return tr("SANDBOX");
    }
    return {};
}

QVariant ConnectionModel::displayText(const Connection &connection, int column) const
{
    switch (column) {
    case NameColumn:
        return connection.displayName;
    case ServiceColumn:
        return connection.serviceName;
    case EnvironmentColumn:
        return environmentBadge(connection.environment);
    case KeyColumn:
        return connection.keyPrefix;
    case VerifiedColumn:
        return connection.lastVerified.isValid() ? displayLocalDateTime(connection.lastVerified)
                                                 : tr("Never");
    case StatusColumn:
        if (!connection.status.isEmpty())
            return connection.status;
        return connection.sessionOnly ? tr("Kept for this run only") : tr("Not verified yet");
    default:
        return {};
    }
}

QVariant ConnectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Connection &connection = m_connections.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(connection, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return displayText(connection, StatusColumn);
        if (m_activeHttp && connection.http.data() == m_activeHttp.data())
            return tr("%1 at %2 (the active connection)")
                .arg(connection.serviceName, connection.baseUrl.toDisplayString());
        return tr("%1 at %2").arg(connection.serviceName, connection.baseUrl.toDisplayString());
    case Qt::ForegroundRole:
        if (index.column() != EnvironmentColumn)
            return {};
        switch (connection.environment) {
        case Connection::Environment::Live:
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        case Connection::Environment::Test:
            return QBrush(QColor(0x1f, 0x6f, 0xb2));
        case Connection::Environment::Sandbox:
            return QBrush(QColor(0x6b, 0x4f, 0xa0));
        }
        return {};
    case Qt::FontRole:
        if (index.column() == EnvironmentColumn ||
            (index.column() == NameColumn && m_activeHttp &&
             connection.http.data() == m_activeHttp.data())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ActiveRole:
        return m_activeHttp && connection.http.data() == m_activeHttp.data();
    case DisplayNameRole:
        return connection.displayName;
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
    case HttpClientRole:
        return QVariant::fromValue<QObject *>(connection.http.data());
    case IdRole:
        return connection.id;
    case EnvironmentBadgeRole:
        return environmentBadge(connection.environment);
    case KeyPrefixRole:
        return connection.keyPrefix;
    case LastVerifiedRole:
        return connection.lastVerified;
    case StatusRole:
        return connection.status;
    case SessionOnlyRole:
        return connection.sessionOnly;
    default:
        return {};
    }
}

QVariant ConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ServiceColumn:
        return tr("Service");
    case EnvironmentColumn:
        return tr("Environment");
    case KeyColumn:
        return tr("Key");
    case VerifiedColumn:
        return tr("Last verified");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> ConnectionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DisplayNameRole, "displayName");
    names.insert(ServiceIdRole, "serviceId");
    names.insert(ServiceNameRole, "serviceName");
    names.insert(BaseUrlRole, "baseUrl");
    names.insert(EnvironmentRole, "environment");
    names.insert(ClientRole, "client");
    names.insert(HttpClientRole, "http");
    names.insert(IdRole, "connectionId");
    names.insert(EnvironmentBadgeRole, "environmentBadge");
    names.insert(KeyPrefixRole, "keyPrefix");
    names.insert(LastVerifiedRole, "lastVerified");
    names.insert(StatusRole, "status");
    names.insert(SessionOnlyRole, "sessionOnly");
    names.insert(ActiveRole, "active");
    return names;
}

void ConnectionModel::setStore(ConnectionStore *store, const ServiceRegistry *registry,
                               QNetworkAccessManager *network)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_registry = registry;
    m_network = network;
    if (m_store)
        connect(m_store, &ConnectionStore::changed, this, &ConnectionModel::syncWithStore);
    syncWithStore();
}

void ConnectionModel::setActiveHttp(const HttpClient *http)
{
    const int before = rowOfHttp(m_activeHttp);
    m_activeHttp = const_cast<HttpClient *>(http); // compared, never changed here
    for (int row : {before, rowOfHttp(http)}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void ConnectionModel::setKeychainStatus(bool available, const QString &problem)
{
    m_keychainAvailable = available;
    m_keychainProblem = problem;
    Q_EMIT keychainStatusChanged();
}

void ConnectionModel::updateFromRecord(Connection &connection, const ConnectionRecord &record) const
{
    connection.displayName = record.displayName;
    connection.keyPrefix = record.keyPrefix;
    connection.lastVerified = record.lastVerified;
    connection.status = record.lastStatus;
    connection.sessionOnly = record.sessionOnly;
    if (connection.environment != Connection::Environment::Sandbox)
        connection.environment = record.environment == KeyEnvironment::Test
                                     ? Connection::Environment::Test
                                     : Connection::Environment::Live;
}

Connection ConnectionModel::fromRecord(const ConnectionRecord &record)
{
    Connection connection;
    connection.id = record.id;
    connection.serviceId = record.serviceId;
    connection.baseUrl = record.baseUrl;
    const ServiceDescriptor *service = m_registry ? m_registry->find(record.serviceId) : nullptr;
    connection.serviceName = service ? service->name : record.serviceId;
    updateFromRecord(connection, record);
    if (service && m_network) {
        // Owned by the model; the key arrives in activate().
        auto *http = new HttpClient(m_network, *service, record.baseUrl, this);
        connection.http = http;
        if (service->id == QLatin1String("xaicreator"))
            connection.client = new ApiClient(http, http);
    } else {
        connection.status =
            tr("This build does not know the service \"%1\".").arg(record.serviceId);
    }
    return connection;
}

void ConnectionModel::syncWithStore()
{
    const QList<ConnectionRecord> records =
        m_store ? m_store->records() : QList<ConnectionRecord>();
    QSet<QString> known;
    for (const ConnectionRecord &record : records)
        known.insert(record.id);
    // Rows whose record went away (deleted), from the bottom so rows stay valid.
    for (int row = int(m_connections.size()) - 1; row >= 0; --row) {
        const Connection &connection = m_connections.at(row);
        if (m_storedIds.contains(connection.id) && !known.contains(connection.id))
            removeConnection(row);
    }
    m_storedIds = known;
    for (const ConnectionRecord &record : records) {
        const int row = rowOfId(record.id);
        if (row < 0) {
            const int newRow = int(m_connections.size());
            beginInsertRows({}, newRow, newRow);
            m_connections.append(fromRecord(record));
            endInsertRows();
            continue;
        }
        updateFromRecord(m_connections[row], record);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int ConnectionModel::addConnection(const Connection &connection)
{
    Connection added = connection;
    if (added.keyPrefix.isEmpty() && added.http && added.http->hasApiKey()) {
        const auto format = added.http->service().formatOf(added.http->apiKey());
        added.keyPrefix = KeyFormatCheck::displayPrefix(added.http->apiKey(),
                                                        format ? format->prefix : QString());
    }
    const int row = int(m_connections.size());
    beginInsertRows({}, row, row);
    m_connections.append(added);
    endInsertRows();
    return row;
}

void ConnectionModel::removeConnection(int row)
{
    if (row < 0 || row >= m_connections.size())
        return;
    beginRemoveRows({}, row, row);
    const Connection removed = m_connections.takeAt(row);
    endRemoveRows();
    // The clients this model made go with the row (later: a pane may still hold them).
    if (removed.http && removed.http->parent() == this)
        removed.http->deleteLater();
}

ApiClient *ConnectionModel::clientAt(int row) const
{
    if (row < 0 || row >= m_connections.size())
        return nullptr;
    return m_connections.at(row).client.data();
}

HttpClient *ConnectionModel::httpAt(int row) const
{
    if (row < 0 || row >= m_connections.size())
        return nullptr;
    return m_connections.at(row).http.data();
}

int ConnectionModel::rowOfId(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int row = 0; row < m_connections.size(); ++row) {
        if (m_connections.at(row).id == id)
            return row;
    }
    return -1;
}

int ConnectionModel::rowOfHttp(const HttpClient *http) const
{
    if (!http)
        return -1;
    for (int row = 0; row < m_connections.size(); ++row) {
        if (m_connections.at(row).http == http)
            return row;
    }
    return -1;
}

void ConnectionModel::activate(int row, QObject *context, ActivationHandler handler)
{
    HttpClient *http = httpAt(row);
    if (!http) {
        handler(row < 0 ? QString() : tr("This connection cannot be used by this build."));
        return;
    }
    if (http->hasApiKey()) {
        handler({});
        return;
    }
    const QString id = m_connections.at(row).id;
    if (!m_store || id.isEmpty()) {
        handler(tr("This connection has no key."));
        return;
    }
    const QPointer<HttpClient> guard(http);
    m_store->readKey(id, context, [guard, handler](const SecretResult &result) {
        if (!result.ok()) {
            handler(tr("The key could not be read: %1").arg(result.message));
            return;
        }
        if (!guard) {
            handler(tr("This connection was deleted."));
            return;
        }
        guard->setApiKey(result.secret);
        handler({});
    });
}

} // namespace CreatorDesk
