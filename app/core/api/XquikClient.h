// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "api/Result.h"
#include "api/dto/Acknowledgement.h"
#include "api/dto/KeyServiceDtos.h"

#include <QObject>

namespace CreatorDesk {

class HttpClient;

// Xquik (seeds 000/001): account and balance, and API-key management with an existing key.
class XquikClient final : public QObject
{
    Q_OBJECT

public:
    explicit XquikClient(HttpClient *http, QObject *parent = nullptr);

    ApiJob *account(QObject *context, ResultHandler<XquikAccount> handler);
    ApiJob *apiKeys(QObject *context, ResultHandler<XquikKeyList> handler);
    ApiJob *createApiKey(const QString &name, QObject *context,
                         ResultHandler<XquikCreatedKey> handler);
    ApiJob *revokeApiKey(const QString &keyId, QObject *context,
                         ResultHandler<Acknowledgement> handler);

private:
    HttpClient *m_http;
};

} // namespace CreatorDesk
