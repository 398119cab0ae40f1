// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/SecretStore.h"

namespace CreatorDesk {

// The OS keychain through QtKeychain: Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows. Never falls back to a file: if no keychain answers, it says so.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("CreatorDesk"),
                                 QObject *parent = nullptr);

    bool isPersistent() const override { return true; }
    void write(const QString &account, const QString &secret, QObject *context,
               SecretHandler handler) override;
    void read(const QString &account, QObject *context, SecretHandler handler) override;
    void remove(const QString &account, QObject *context, SecretHandler handler) override;
    // Debian's QtKeychain 0.13 has no isAvailable(): a read of an entry that cannot exist
    // tells "no such entry" (usable) from "no backend" (not usable).
    void probe(QObject *context, SecretHandler handler) override;

private:
    QString m_service;
};

} // namespace CreatorDesk
