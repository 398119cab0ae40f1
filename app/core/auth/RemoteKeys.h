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
    QString maskedKey; // "sk-xxxx...abcd", or a prefix such as "xq_a1b2"
    QString status;
    QDateTime createdAt;
    QDateTime lastUsed;

    // True if `fullKey` is the key this entry describes (as far as the masked form tells).
    bool matches(const QString &fullKey) const;
};

struct RemoteKeyList
{
    QList<RemoteKey> keys;
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
