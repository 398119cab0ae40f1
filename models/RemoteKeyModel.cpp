// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteKeyModel.h"

#include "LoadState.h"

#include "api/ApiClient.h"

#include <QLocale>
#include <QRegularExpression>

namespace CreatorDesk {

namespace {

// Local time, to the minute: the locale's short time format without its seconds.
QString localDateTime(const QDateTime &utc)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]?s+"));
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(seconds);
    const QDateTime local = utc.toLocalTime();
    return QLocale().toString(local.date(), QStringLiteral("d MMM yyyy")) + QLatin1String(", ") +
           QLocale().toString(local.time(), timeFormat);
}

} // namespace

RemoteKeyModel::RemoteKeyModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(new LoadState(this))
{}

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

QVariant RemoteKeyModel::displayText(const ApiKeyInfo &key, int column) const
{
    switch (column) {
    case NameColumn:
        return key.name.isEmpty() ? tr("Unnamed key") : key.name;
    case KeyColumn:
        return maskedKey(key.key);
    case StatusColumn:
        return key.status;
    case CreatedColumn:
        return key.createdAt.isValid() ? localDateTime(key.createdAt) : QString();
    case LastUsedColumn:
        return key.lastUsed.isValid() ? localDateTime(key.lastUsed) : tr("Never");
    default:
        return {};
    }
}

QVariant RemoteKeyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKeyInfo &key = m_keys.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(key, index.column());
    case IdRole:
        return key.id;
    case NameRole:
        return key.name;
    case MaskedKeyRole:
        return maskedKey(key.key);
    case StatusRole:
        return key.status;
    case CreatedRole:
        return key.createdAt;
    case LastUsedRole:
        return key.lastUsed;
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
    return names;
}

void RemoteKeyModel::setClient(ApiClient *client)
{
    if (m_client == client)
        return;
    m_request.cancel();
    m_client = client;
    setKeys({});
    m_state->reset();
    if (m_client)
        refresh();
}

void RemoteKeyModel::refresh()
{
    if (!m_client)
        return;
    const int ticket = m_request.next();
    m_state->start();
    m_request.track(m_client->apiKeys(this, [this, ticket](const Result<ApiKeyList> &result) {
        if (!m_request.isCurrent(ticket))
            return;
        if (!result) {
            m_state->fail(result.error().userMessage());
            return;
        }
        setKeys(result.value().keys);
        m_state->succeed();
    }));
}

void RemoteKeyModel::setKeys(QList<ApiKeyInfo> keys)
{
    // Nothing longer than a masked key is kept, even in memory of the model.
    for (ApiKeyInfo &key : keys)
        key.key = maskedKey(key.key);
    beginResetModel();
    m_keys = std::move(keys);
    endResetModel();
}

} // namespace CreatorDesk
