// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ExampleApiClient.h"

#include "api/TypedCall.h"

namespace CreatorDesk {

ExampleApiClient::ExampleApiClient(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{}

ApiJob *ExampleApiClient::apiKeys(QObject *context, ResultHandler<ExampleApiKeyList> handler)
{
    return sendTyped<ExampleApiKeyList>(*m_http,
                                        ApiRequest::get(QStringLiteral("/api-keys")).mustExist(),
                                        context, std::move(handler));
}

ApiJob *ExampleApiClient::revokeApiKey(const QString &keyId, QObject *context,
                                       ResultHandler<Acknowledgement> handler)
{
    const QString path =
        QStringLiteral("/api-keys/") + QString::fromLatin1(QUrl::toPercentEncoding(keyId));
    return sendTyped<Acknowledgement>(*m_http, ApiRequest::del(path), context, std::move(handler));
}

} // namespace CreatorDesk
