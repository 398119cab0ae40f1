// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/SecretStore.h"
#include "storage/ConnectionRecord.h"

#include <optional>

class QObject;

namespace CreatorDesk {

// Where connections and their keys are kept, as the key flows of auth/ (NewKeyKeeper,
// KeyRotation) need it. ConnectionStore keeps them; ConnectionModel stands in front of the
// store in the app, so that a key stored or replaced also reaches the connection's HttpClient.
class ConnectionKeys
{
public:
    virtual ~ConnectionKeys() = default;

    virtual std::optional<ConnectionRecord> record(const QString &id) const = 0;
    // Whether the keychain can keep a key now; asked before a service is asked to mint one.
    virtual void probeKeychain(QObject *context, SecretHandler handler) = 0;
    // Stores the key first; the record is only written once the key is safe.
    virtual void add(ConnectionRecord record, const QString &key, QObject *context,
                     SecretHandler handler) = 0;
    virtual void readKey(const QString &id, QObject *context, SecretHandler handler) = 0;
    // Replaces the key (rotation); the record's prefix follows.
    virtual void replaceKey(const QString &id, const QString &key, const QString &keyPrefix,
                            QObject *context, SecretHandler handler) = 0;

protected:
    ConnectionKeys() = default;
    ConnectionKeys(const ConnectionKeys &) = default;
    ConnectionKeys &operator=(const ConnectionKeys &) = default;
};

} // namespace CreatorDesk
