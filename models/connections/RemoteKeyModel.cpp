// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/RemoteKeyModel.h"

#include "common/DisplayTime.h"
#include "common/LoadState.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace CreatorDesk {

RemoteKeyModel::RemoteKeyModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(new LoadState(this))
{}

RemoteKeyModel::~RemoteKeyModel()
{
    m_request.cancel();
}

QString RemoteKeyModel::maskedKey(const QString &key)
{
    if (key.contains(QLatin1String("...")) || key.contains(QChar(0x2026)))
        return key;
    // A full key: show no more than a service prefix would reveal.
    constexpr int visible = 7;
    return key.left(qMin(visible, int(key.size()) / 3)) + QChar(0x2026);
}

int RemoteKeyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int RemoteKeyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

bool RemoteKeyModel::needsRotation(const RemoteKey &key)
{
    return key.createdAt.isValid() &&
           key.createdAt.daysTo(QDateTime::currentDateTimeUtc()) > RotationAgeDays;
}

QVariant RemoteKeyModel::displayText(const RemoteKey &key, int column) const
{
    switch (column) {
    case NameColumn:
        return key.name.isEmpty() ? tr("Unnamed key") : key.name;
    case KeyColumn:
        return key.maskedKey;
    case StatusColumn: {
        const QString status = key.status.isEmpty() ? tr("active") : key.status;
        if (needsRotation(key))
            return tr("%1 · rotate: older than %n days", nullptr, RotationAgeDays).arg(status);
        return status;
    }
    case CreatedColumn:
        return key.createdAt.isValid() ? displayLocalDateTime(key.createdAt) : QString();
    case LastUsedColumn:
        return key.lastUsed.isValid() ? displayLocalDateTime(key.lastUsed) : tr("Never");
    default:
        return {};
    }
}

QVariant RemoteKeyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RemoteKey &key = m_keys.at(index.row());
    const KeyUse use = m_uses.value(index.row(), KeyUse::NotInUse);
    const bool inUse = use == KeyUse::InUse;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn && inUse)
            return tr("%1 (in use)").arg(displayText(key, NameColumn).toString());
        return displayText(key, index.column());
    case Qt::AccessibleTextRole:
        return displayText(key, index.column());
    case Qt::ToolTipRole:
        if (inUse && index.column() == NameColumn)
            return tr("The active connection uses this key.");
        if (use == KeyUse::Unknown && index.column() == NameColumn)
            return tr("The service lists only the key's environment, so it cannot be told whether "
                      "the active connection uses this key.");
        if (needsRotation(key) && index.column() == StatusColumn)
            return tr("Keys should be rotated every %n days; this one is older.", nullptr,
                      RotationAgeDays);
        return {};
    case Qt::FontRole:
        if (inUse && index.column() == NameColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (needsRotation(key) && index.column() == StatusColumn)
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        return {};
    case IdRole:
        return key.id;
    case NameRole:
        return key.name;
    case MaskedKeyRole:
        return key.maskedKey;
    case StatusRole:
        return key.status;
    case CreatedRole:
        return key.createdAt;
    case LastUsedRole:
        return key.lastUsed;
    case InUseRole:
        return inUse;
    case NeedsRotationRole:
        return needsRotation(key);
    case InUseUnknownRole:
        return use == KeyUse::Unknown;
    default:
        return {};
    }
}

QVariant RemoteKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KeyColumn:
        return tr("Key");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    default:
        return {};
    }
}

QHash<int, QByteArray> RemoteKeyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NameRole, "name");
    names.insert(MaskedKeyRole, "maskedKey");
    names.insert(StatusRole, "status");
    names.insert(CreatedRole, "created");
    names.insert(LastUsedRole, "lastUsed");
    names.insert(InUseRole, "inUse");
    names.insert(NeedsRotationRole, "needsRotation");
    names.insert(InUseUnknownRole, "inUseUnknown");
    return names;
}

int RemoteKeyModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == id)
            return row;
    }
    return -1;
}

void RemoteKeyModel::setClient(ApiClient *client)
{
    setHttp(client ? client->http() : nullptr);
}

void RemoteKeyModel::setHttp(HttpClient *http)
{
    if (m_http == http && (http || !m_remote))
        return;
    m_request.cancel();
    m_http = http;
    m_remote = http ? RemoteKeys::create(http) : nullptr;
    setKeys(RemoteKeyList{});
    m_state->reset();
    if (m_remote)
        refresh();
}

void RemoteKeyModel::refresh()
{
    if (!m_remote)
        return;
    const int ticket = m_request.next();
    m_state->start();
    m_request.track(m_remote->list(this, [this, ticket](const Result<RemoteKeyList> &result) {
        if (!m_request.isCurrent(ticket))
            return;
        if (!result) {
            m_state->fail(result.error().userMessage());
            return;
        }
        setKeys(result.value());
        m_state->succeed();
    }));
}

void RemoteKeyModel::createKey(const QString &name, QObject *context,
                               ResultHandler<CreatedKey> handler)
{
    if (!m_remote) {
        handler(Result<CreatedKey>(
            ApiError::policy(tr("This connection's service does not manage keys."))));
        return;
    }
    const QPointer<RemoteKeyModel> self(this);
    m_remote->create(name, context, [self, handler](const Result<CreatedKey> &created) {
        if (self && created)
            self->refresh();
        handler(created);
    });
}

void RemoteKeyModel::revokeKey(const QString &id, QObject *context,
                               ResultHandler<Acknowledgement> handler)
{
    if (!m_remote) {
        handler(Result<Acknowledgement>(
            ApiError::policy(tr("This connection's service does not manage keys."))));
        return;
    }
    const QPointer<RemoteKeyModel> self(this);
    m_remote->revoke(id, context, [self, handler](const Result<Acknowledgement> &revoked) {
        if (self)
            self->refresh();
        handler(revoked);
    });
}

void RemoteKeyModel::setKeys(const RemoteKeyList &list)
{
    QList<KeyUse> uses = m_http && m_http->hasApiKey() ? list.usage(m_http->apiKey())
                                                       : QList<KeyUse>(list.keys.size());
    QList<RemoteKey> keys = list.keys;
    for (RemoteKey &key : keys) {
        // Nothing longer than a masked key is kept, even in memory of the model.
        // A listed prefix ("xq_a1b2") is shown as a prefix; anything longer is cut.
        const bool masked =
            key.maskedKey.contains(QLatin1String("...")) || key.maskedKey.contains(QChar(0x2026));
        if (!masked && !key.maskedKey.isEmpty() && key.maskedKey.size() <= 16)
            key.maskedKey += QChar(0x2026);
        else
            key.maskedKey = maskedKey(key.maskedKey);
    }
    beginResetModel();
    m_keys = std::move(keys);
    m_uses = std::move(uses);
    endResetModel();
}

} // namespace CreatorDesk
