// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceDescriptor.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace CreatorDesk {

// Everything about a connection except its key, which only the SecretStore holds.
struct ConnectionRecord
{
    QString id;
    QString serviceId;
    QString displayName;
    QUrl baseUrl;
    QString keyPrefix; // "xq_a1b2…"
    std::optional<KeyEnvironment> environment;
    QDateTime createdAt;
    QDateTime lastVerified;   // invalid: never
    QString lastStatus;       // a sentence from the last verification
    bool sessionOnly = false; // the key lives in memory for this run only

    // A record for `key` on `service`: its display prefix and environment read from the key.
    static ConnectionRecord forKey(const ServiceDescriptor &service, const QString &displayName,
                                   const QUrl &baseUrl, const QString &key);
    // The name of a connection made by signing in: who, where and how, e.g.
    // "ana@example.com (xAIcreator, email)", so sign-ins of one person differ by service and
    // way; ConnectionStore::uniqueName() numbers the same way twice.
    static QString signInName(const QString &account, const QString &serviceName,
                              const QString &method);

    // A fresh id for a record about to be stored.
    static QString newId();

    // The keychain entry: scoped by app, service and host, as keychains can't be listed.
    QString secretAccount() const
    {
        return QStringLiteral("creatordesk:%1:%2:%3").arg(serviceId, baseUrl.host(), id);
    }
};

} // namespace CreatorDesk
