// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/SecretStore.h"

#include <QHash>

namespace CreatorDesk {

// Secrets in this process's memory only: for unit tests, and for "keep the key for this run"
// when no keychain can be reached. Answers asynchronously, like a real keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;

    bool isPersistent() const override { return false; }
    void write(const QString &account, const QString &secret, QObject *context,
               SecretHandler handler) override;
    void read(const QString &account, QObject *context, SecretHandler handler) override;
    void remove(const QString &account, QObject *context, SecretHandler handler) override;
    void probe(QObject *context, SecretHandler handler) override;

    bool contains(const QString &account) const { return m_secrets.contains(account); }

private:
    void answer(QObject *context, SecretHandler handler, SecretResult result);

    QHash<QString, QString> m_secrets;
};

} // namespace CreatorDesk
