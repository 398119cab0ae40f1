// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "api/Result.h"
#include "api/dto/Acknowledgement.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace CreatorDesk {

class HttpClient;

// A key as a service lists it: never the full key.
struct RemoteKey
{
    QString id;
    QString name;
    QString maskedKey; // "sk-xxxx...abcd", or a prefix such as "xq_a1b2" or "sk_test_"
    QString status;
    QDateTime createdAt;
    QDateTime lastUsed;
    // False when the listed form is only an environment prefix ("sk_test_"), which every key
    // of that environment shares: it identifies no key.
    bool identifying = true;

    // True if the masked form says `fullKey` is the key this entry describes.
    bool matches(const QString &fullKey) const;
};

// Whether a listed key is the one a connection uses.
enum class KeyUse { NotInUse, InUse, Unknown };

struct RemoteKeyList
{
    QList<RemoteKey> keys;

    // For each entry, whether it is `fullKey`, the key the list was fetched with (so it is one
    // of them). Where only environment prefixes are listed, the one entry of the key's
    // environment is it; among several, none can be told apart.
    QList<KeyUse> usage(const QString &fullKey) const;
};

struct CreatedKey
{
    QString id;
    QString fullKey; // shown once
    QString name;
    QDateTime createdAt;
    QString warning;
};

// The key-management calls of one service, whatever their shapes: xAIcreator's /auth/api-keys,
// Xquik's /api-keys, the generic API's /api-keys (list and revoke only).
class RemoteKeys : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Null for a service without key-management endpoints.
    static std::unique_ptr<RemoteKeys> create(HttpClient *http);

    virtual bool canCreate() const = 0;
    virtual ApiJob *list(QObject *context, ResultHandler<RemoteKeyList> handler) = 0;
    virtual ApiJob *create(const QString &name, QObject *context,
                           ResultHandler<CreatedKey> handler) = 0;
    virtual ApiJob *revoke(const QString &id, QObject *context,
                           ResultHandler<Acknowledgement> handler) = 0;
};

} // namespace CreatorDesk
