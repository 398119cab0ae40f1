// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionModel as the one door to the store: every change of a connection or its key.
#include "connections/ConnectionModel.h"

#include "api/HttpClient.h"
#include "storage/ConnectionStore.h"

namespace CreatorDesk {

namespace {

SecretResult noStore()
{
    return {SecretResult::Status::Unavailable,
            {},
            ConnectionModel::tr("There is no place to keep connections.")};
}

} // namespace

std::optional<ConnectionRecord> ConnectionModel::record(const QString &id) const
{
    return m_store ? m_store->record(id) : std::nullopt;
}

void ConnectionModel::probeKeychain(QObject *context, SecretHandler handler)
{
    if (!m_store) {
        handler(noStore());
        return;
    }
    m_store->probeKeychain(context, std::move(handler));
}

void ConnectionModel::add(ConnectionRecord record, const QString &key, QObject *context,
                          SecretHandler handler)
{
    if (!m_store) {
        handler(noStore());
        return;
    }
    if (record.id.isEmpty())
        record.id = ConnectionRecord::newId();
    const QString id = record.id;
    const QPointer<ConnectionModel> self(this);
    m_store->add(std::move(record), key, context,
                 [self, id, key, handler](const SecretResult &result) {
                     // The store's change made the row; the key goes to its client as it is.
                     if (self && result.ok())
                         self->handKeyTo(id, key);
                     handler(result);
                 });
}

void ConnectionModel::readKey(const QString &id, QObject *context, SecretHandler handler)
{
    if (!m_store) {
        handler(noStore());
        return;
    }
    m_store->readKey(id, context, std::move(handler));
}

void ConnectionModel::replaceKey(const QString &id, const QString &key, const QString &keyPrefix,
                                 QObject *context, SecretHandler handler)
{
    if (!m_store) {
        handler(noStore());
        return;
    }
    const QPointer<ConnectionModel> self(this);
    m_store->replaceKey(id, key, keyPrefix, context,
                        [self, id, key, handler](const SecretResult &result) {
                            if (self && result.ok())
                                self->handKeyTo(id, key);
                            handler(result);
                        });
}

void ConnectionModel::remove(const QString &id, QObject *context, SecretHandler handler)
{
    if (!m_store) {
        handler(noStore());
        return;
    }
    m_store->remove(id, context, std::move(handler));
}

bool ConnectionModel::rename(const QString &id, const QString &displayName)
{
    return m_store && m_store->rename(id, displayName);
}

void ConnectionModel::setVerification(const QString &id, const QDateTime &when,
                                      const QString &status)
{
    if (m_store)
        m_store->setVerification(id, when, status);
}

void ConnectionModel::handKeyTo(const QString &id, const QString &key)
{
    if (HttpClient *http = httpAt(rowOfId(id)); http && http->apiKey() != key)
        http->setApiKey(key);
}

} // namespace CreatorDesk
