// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "api/Result.h"
#include "api/dto/Acknowledgement.h"
#include "api/dto/KeyServiceDtos.h"

#include <QObject>

namespace CreatorDesk {

class HttpClient;

// The generic API of seed 004: list and revoke keys (creation is dashboard-only there).
class ExampleApiClient final : public QObject
{
    Q_OBJECT

public:
    explicit ExampleApiClient(HttpClient *http, QObject *parent = nullptr);

    ApiJob *apiKeys(QObject *context, ResultHandler<ExampleApiKeyList> handler);
    ApiJob *revokeApiKey(const QString &keyId, QObject *context,
                         ResultHandler<Acknowledgement> handler);

private:
    HttpClient *m_http;
};

} // namespace CreatorDesk
