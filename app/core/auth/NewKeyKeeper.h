// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ConnectionRecord.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace CreatorDesk {

class ConnectionKeys;
class HttpClient;
class RemoteKeys;

// Keeps a key a service has just shown for the only time: stores it as a connection, and if
// the keychain fails after all (it answered the probe, then refused the write), revokes the key
// with the connection that made it, so no working key is left that nobody holds. Or, when the
// person asked to see it instead (--print-key), hands it back unstored.
class NewKeyKeeper final : public QObject
{
    Q_OBJECT

public:
    enum class IfNotStored { Revoke, HandBack };

    struct Outcome
    {
        enum class Kind {
            Stored,     // `record` is the stored connection (its name made unique)
            HandedBack, // not stored; the caller shows the key once
            Revoked,    // not stored, and revoked on the service
            Orphaned,   // not stored, and revoking failed: `message` says what to do
        };
        Kind kind = Kind::Stored;
        ConnectionRecord record;
        QString message; // for all but Stored: what happened, as a sentence
    };

    // `http`: the connection the key was made with (for a sign-in, a client without a key: the
    // new key is set on it to revoke itself).
    NewKeyKeeper(ConnectionKeys *keys, HttpClient *http, QObject *parent = nullptr);
    ~NewKeyKeeper() override;

    // `keyId`: the key's id where the service's answer gave one; otherwise the key list tells.
    void keep(ConnectionRecord record, const QString &key, const QString &keyId,
              IfNotStored ifNotStored = IfNotStored::Revoke);

Q_SIGNALS:
    void finished(const CreatorDesk::NewKeyKeeper::Outcome &outcome);

private:
    void revoke(const QString &key, const QString &keyId, const QString &why);
    void revokeId(const QString &keyId, const QString &why);
    void finish(Outcome::Kind kind, const QString &message, const ConnectionRecord &record = {});

    ConnectionKeys *m_keys; // outlives this (the app's connection model, or a test's store)
    QPointer<HttpClient> m_http;
    std::unique_ptr<RemoteKeys> m_remote;
};

} // namespace CreatorDesk
