// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/XquikClient.h"

#include "api/TypedCall.h"

namespace CreatorDesk {

XquikClient::XquikClient(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{}

ApiJob *XquikClient::account(QObject *context, ResultHandler<XquikAccount> handler)
{
    return sendTyped<XquikAccount>(*m_http, ApiRequest::get(QStringLiteral("/account")).mustExist(),
                                   context, std::move(handler));
}

ApiJob *XquikClient::apiKeys(QObject *context, ResultHandler<XquikKeyList> handler)
{
    return sendTyped<XquikKeyList>(*m_http,
                                   ApiRequest::get(QStringLiteral("/api-keys")).mustExist(),
                                   context, std::move(handler));
}

ApiJob *XquikClient::createApiKey(const QString &name, QObject *context,
                                  ResultHandler<XquikCreatedKey> handler)
{
    Json::json body = Json::json::object();
    if (!name.isEmpty())
        body["name"] = Json::toStd(name);
    return sendTyped<XquikCreatedKey>(
        *m_http, ApiRequest::post(QStringLiteral("/api-keys"), body).mustExist(), context,
        std::move(handler));
}

ApiJob *XquikClient::revokeApiKey(const QString &keyId, QObject *context,
                                  ResultHandler<Acknowledgement> handler)
{
    const QString path =
        QStringLiteral("/api-keys/") + QString::fromLatin1(QUrl::toPercentEncoding(keyId));
    return sendTyped<Acknowledgement>(*m_http, ApiRequest::del(path), context, std::move(handler));
}

} // namespace CreatorDesk
