// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/NewKeyKeeper.h"

#include "api/HttpClient.h"
#include "auth/RemoteKeys.h"
#include "storage/ConnectionKeys.h"

namespace CreatorDesk {

NewKeyKeeper::NewKeyKeeper(ConnectionKeys *keys, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_http(http)
{}

NewKeyKeeper::~NewKeyKeeper() = default;

void NewKeyKeeper::keep(ConnectionRecord record, const QString &key, const QString &keyId,
                        IfNotStored ifNotStored)
{
    if (record.id.isEmpty())
        record.id = ConnectionRecord::newId();
    auto notStored = [this, key, keyId, ifNotStored](const QString &why) {
        if (ifNotStored == IfNotStored::HandBack)
            finish(Outcome::Kind::HandedBack, why);
        else
            revoke(key, keyId, why);
    };
    if (!m_keys) {
        notStored(tr("There is no place to keep the key."));
        return;
    }
    const QString id = record.id;
    m_keys->add(record, key, this, [this, id, notStored](const SecretResult &stored) {
        if (!stored.ok()) {
            notStored(stored.message);
            return;
        }
        finish(Outcome::Kind::Stored, {},
               m_keys ? m_keys->record(id).value_or(ConnectionRecord{}) : ConnectionRecord{});
    });
}

void NewKeyKeeper::revoke(const QString &key, const QString &keyId, const QString &why)
{
    if (!m_http) {
        finish(Outcome::Kind::Orphaned,
               tr("The new key could not be stored (%1), and it could not be revoked either: "
                  "revoke it in the service's dashboard.")
                   .arg(why));
        return;
    }
    // A sign-in's client has no key of its own: the new key revokes itself.
    if (!m_http->hasApiKey())
        m_http->setApiKey(key);
    m_remote = RemoteKeys::create(m_http);
    if (!m_remote) {
        finish(Outcome::Kind::Orphaned,
               tr("The new key could not be stored (%1), and %2 cannot revoke keys through its "
                  "API: revoke it in the service's dashboard.")
                   .arg(why, m_http->service().name));
        return;
    }
    if (!keyId.isEmpty()) {
        revokeId(keyId, why);
        return;
    }
    m_remote->list(this, [this, key, why](const Result<RemoteKeyList> &listed) {
        QStringList ids;
        if (listed) {
            for (const RemoteKey &listedKey : listed.value().keys) {
                if (listedKey.matches(key))
                    ids.append(listedKey.id);
            }
        }
        if (ids.size() != 1) {
            finish(Outcome::Kind::Orphaned,
                   tr("The new key could not be stored (%1), and it could not be found in the "
                      "service's list of keys to revoke it (%2): revoke it in the service's "
                      "dashboard.")
                       .arg(why, listed ? tr("it could not be told apart")
                                        : listed.error().userMessage()));
            return;
        }
        revokeId(ids.first(), why);
    });
}

void NewKeyKeeper::revokeId(const QString &keyId, const QString &why)
{
    m_remote->revoke(keyId, this, [this, keyId, why](const Result<Acknowledgement> &revoked) {
        if (!revoked) {
            finish(Outcome::Kind::Orphaned,
                   tr("The new key (id %1) could not be stored (%2), and revoking it failed: %3 "
                      "Revoke it (id %1) in the list of API keys or in the service's dashboard.")
                       .arg(keyId, why, revoked.error().userMessage()));
            return;
        }
        finish(Outcome::Kind::Revoked,
               tr("The new key could not be stored (%1), so it was revoked at once rather than "
                  "left working with nobody holding it.")
                   .arg(why));
    });
}

void NewKeyKeeper::finish(Outcome::Kind kind, const QString &message,
                          const ConnectionRecord &record)
{
    Q_EMIT finished(Outcome{kind, record, message});
}

} // namespace CreatorDesk
