// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/MemorySecretStore.h"

#include <QTimer>

namespace CreatorDesk {

MemorySecretStore::~MemorySecretStore()
{
    // Overwrite before the memory is freed, so the keys don't linger in the heap.
    for (QString &secret : m_secrets)
        secret.fill(QLatin1Char('\0'));
}

void MemorySecretStore::answer(QObject *context, SecretHandler handler, SecretResult result)
{
    QTimer::singleShot(0, context, [handler = std::move(handler), result = std::move(result)] {
        handler(result);
    });
}

void MemorySecretStore::write(const QString &account, const QString &secret, QObject *context,
                              SecretHandler handler)
{
    m_secrets.insert(account, secret);
    answer(context, std::move(handler), {});
}

void MemorySecretStore::read(const QString &account, QObject *context, SecretHandler handler)
{
    SecretResult result;
    const auto it = m_secrets.constFind(account);
    if (it == m_secrets.constEnd()) {
        result.status = SecretResult::Status::NotFound;
        result.message = tr("No key is stored for this connection.");
    } else {
        result.secret = *it;
    }
    answer(context, std::move(handler), result);
}

void MemorySecretStore::remove(const QString &account, QObject *context, SecretHandler handler)
{
    m_secrets.remove(account);
    answer(context, std::move(handler), {});
}

void MemorySecretStore::probe(QObject *context, SecretHandler handler)
{
    answer(context, std::move(handler), {});
}

} // namespace CreatorDesk
