// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ConnectionStore.h"

namespace CreatorDesk {

namespace {
const QString GroupName = QStringLiteral("connections");

QString environmentName(const std::optional<KeyEnvironment> &environment)
{
    if (!environment)
        return {};
    return *environment == KeyEnvironment::Test ? QStringLiteral("test") : QStringLiteral("live");
}

std::optional<KeyEnvironment> environmentFromName(const QString &name)
{
    if (name == QLatin1String("test"))
        return KeyEnvironment::Test;
    if (name == QLatin1String("live"))
        return KeyEnvironment::Live;
    return std::nullopt;
}
} // namespace

ConnectionStore::ConnectionStore(SecretStore *keychain, SecretStore *session,
                                 const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_session(session)
    , m_settings(settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
    load();
}

ConnectionStore::~ConnectionStore() = default;

std::optional<ConnectionRecord> ConnectionStore::record(const QString &id) const
{
    for (const ConnectionRecord &record : m_records) {
        if (record.id == id)
            return record;
    }
    return std::nullopt;
}

SecretStore *ConnectionStore::storeFor(const ConnectionRecord &record) const
{
    return record.sessionOnly ? m_session.data() : m_keychain.data();
}

void ConnectionStore::load()
{
    m_records.clear();
    const int count = m_settings->beginReadArray(GroupName);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionRecord record;
        record.id = m_settings->value(QStringLiteral("id")).toString();
        record.serviceId = m_settings->value(QStringLiteral("service")).toString();
        record.displayName = m_settings->value(QStringLiteral("name")).toString();
        record.baseUrl = m_settings->value(QStringLiteral("baseUrl")).toUrl();
        record.keyPrefix = m_settings->value(QStringLiteral("keyPrefix")).toString();
        record.environment =
            environmentFromName(m_settings->value(QStringLiteral("environment")).toString());
        record.createdAt = m_settings->value(QStringLiteral("created")).toDateTime();
        record.lastVerified = m_settings->value(QStringLiteral("lastVerified")).toDateTime();
        record.lastStatus = m_settings->value(QStringLiteral("lastStatus")).toString();
        if (!record.id.isEmpty() && !record.serviceId.isEmpty())
            m_records.append(record);
    }
    m_settings->endArray();
}

void ConnectionStore::save()
{
    m_settings->remove(GroupName);
    m_settings->beginWriteArray(GroupName);
    int index = 0;
    for (const ConnectionRecord &record : std::as_const(m_records)) {
        // A "this run only" connection is forgotten with the run, record and all.
        if (record.sessionOnly)
            continue;
        m_settings->setArrayIndex(index++);
        m_settings->setValue(QStringLiteral("id"), record.id);
        m_settings->setValue(QStringLiteral("service"), record.serviceId);
        m_settings->setValue(QStringLiteral("name"), record.displayName);
        m_settings->setValue(QStringLiteral("baseUrl"), record.baseUrl);
        m_settings->setValue(QStringLiteral("keyPrefix"), record.keyPrefix);
        m_settings->setValue(QStringLiteral("environment"), environmentName(record.environment));
        m_settings->setValue(QStringLiteral("created"), record.createdAt);
        m_settings->setValue(QStringLiteral("lastVerified"), record.lastVerified);
        m_settings->setValue(QStringLiteral("lastStatus"), record.lastStatus);
    }
    m_settings->endArray();
    m_settings->sync();
    Q_EMIT changed();
}

void ConnectionStore::probeKeychain(QObject *context, SecretHandler handler)
{
    if (!m_keychain) {
        handler({SecretResult::Status::Unavailable, {}, tr("No keychain is available.")});
        return;
    }
    m_keychain->probe(context, std::move(handler));
}

QString ConnectionStore::uniqueName(const QString &name) const
{
    QString candidate = name;
    for (int n = 2; !named(candidate).isEmpty(); ++n)
        candidate = tr("%1 (%2)").arg(name).arg(n);
    return candidate;
}

QList<ConnectionRecord> ConnectionStore::named(const QString &name) const
{
    QList<ConnectionRecord> found;
    for (const ConnectionRecord &record : m_records) {
        if (record.displayName == name || record.id == name)
            found.append(record);
    }
    return found;
}

void ConnectionStore::add(ConnectionRecord record, const QString &key, QObject *context,
                          SecretHandler handler)
{
    if (record.id.isEmpty())
        record.id = ConnectionRecord::newId();
    record.displayName = uniqueName(record.displayName);
    if (!record.createdAt.isValid())
        record.createdAt = QDateTime::currentDateTimeUtc();
    SecretStore *store = storeFor(record);
    if (!store) {
        handler(
            {SecretResult::Status::Unavailable, {}, tr("No place to keep the key is available.")});
        return;
    }
    QPointer<ConnectionStore> self(this);
    store->write(record.secretAccount(), key, context,
                 [self, record, handler](const SecretResult &result) {
                     if (result.ok() && self) {
                         self->m_records.append(record);
                         self->save();
                     }
                     handler(result);
                 });
}

void ConnectionStore::remove(const QString &id, QObject *context, SecretHandler handler)
{
    const auto found = record(id);
    if (!found) {
        handler({SecretResult::Status::NotFound, {}, tr("This connection no longer exists.")});
        return;
    }
    SecretStore *store = storeFor(*found);
    QPointer<ConnectionStore> self(this);
    auto forget = [self, id, handler](const SecretResult &result) {
        if (result.ok() && self) {
            self->m_records.removeIf([&id](const ConnectionRecord &r) { return r.id == id; });
            self->save();
        }
        handler(result);
    };
    if (!store) {
        forget({});
        return;
    }
    store->remove(found->secretAccount(), context, forget);
}

void ConnectionStore::readKey(const QString &id, QObject *context, SecretHandler handler)
{
    const auto found = record(id);
    SecretStore *store = found ? storeFor(*found) : nullptr;
    if (!store) {
        handler({SecretResult::Status::NotFound, {}, tr("This connection no longer exists.")});
        return;
    }
    store->read(found->secretAccount(), context, std::move(handler));
}

void ConnectionStore::replaceKey(const QString &id, const QString &key, const QString &keyPrefix,
                                 QObject *context, SecretHandler handler)
{
    const auto found = record(id);
    SecretStore *store = found ? storeFor(*found) : nullptr;
    if (!store) {
        handler({SecretResult::Status::NotFound, {}, tr("This connection no longer exists.")});
        return;
    }
    QPointer<ConnectionStore> self(this);
    store->write(found->secretAccount(), key, context,
                 [self, id, keyPrefix, handler](const SecretResult &result) {
                     if (result.ok() && self) {
                         for (ConnectionRecord &record : self->m_records) {
                             if (record.id == id)
                                 record.keyPrefix = keyPrefix;
                         }
                         self->save();
                     }
                     handler(result);
                 });
}

void ConnectionStore::setVerification(const QString &id, const QDateTime &when,
                                      const QString &status)
{
    for (ConnectionRecord &record : m_records) {
        if (record.id == id) {
            record.lastVerified = when;
            record.lastStatus = status;
        }
    }
    save();
}

bool ConnectionStore::rename(const QString &id, const QString &displayName)
{
    for (const ConnectionRecord &other : std::as_const(m_records)) {
        if (other.id != id && other.displayName == displayName)
            return false;
    }
    for (ConnectionRecord &record : m_records) {
        if (record.id == id)
            record.displayName = displayName;
    }
    save();
    return true;
}

} // namespace CreatorDesk
