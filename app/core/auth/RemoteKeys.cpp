// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/RemoteKeys.h"

#include "api/ApiClient.h"
#include "api/ExampleApiClient.h"
#include "api/HttpClient.h"
#include "api/XquikClient.h"

namespace CreatorDesk {

namespace {

// A listed prefix no longer than the service's own key prefix it starts with ("sk_test_" of
// the generic API) is shared by every key of that environment.
void markEnvironmentPrefixes(RemoteKeyList &list, const ServiceDescriptor &service)
{
    for (RemoteKey &key : list.keys) {
        if (key.maskedKey.contains(QLatin1String("...")))
            continue;
        for (const KeyFormat &format : service.keyFormats) {
            if (format.prefix.startsWith(key.maskedKey))
                key.identifying = false;
        }
    }
}

// Maps one Result to another, keeping the error.
template<typename From, typename To, typename Convert>
ResultHandler<From> converting(ResultHandler<To> handler, Convert convert)
{
    return [handler = std::move(handler), convert](const Result<From> &result) {
        if (!result)
            handler(Result<To>(result.error()));
        else
            handler(Result<To>(convert(result.value())));
    };
}

class XaiRemoteKeys final : public RemoteKeys
{
public:
    explicit XaiRemoteKeys(HttpClient *http)
        : m_api(http, this)
    {}
    bool canCreate() const override { return true; }
    ApiJob *list(QObject *context, ResultHandler<RemoteKeyList> handler) override
    {
        return m_api.apiKeys(
            context,
            converting<ApiKeyList, RemoteKeyList>(std::move(handler), [](const ApiKeyList &list) {
                RemoteKeyList out;
                for (const ApiKeyInfo &key : list.keys)
                    out.keys.append(
                        {key.id, key.name, key.key, key.status, key.createdAt, key.lastUsed});
                return out;
            }));
    }
    ApiJob *create(const QString &name, QObject *context,
                   ResultHandler<CreatedKey> handler) override
    {
        return m_api.createApiKey(
            name, context,
            converting<SignInResult, CreatedKey>(std::move(handler), [](const SignInResult &r) {
                return CreatedKey{r.apiKey.id, r.apiKey.key, r.apiKey.name, r.apiKey.createdAt,
                                  r.warning};
            }));
    }
    ApiJob *revoke(const QString &id, QObject *context,
                   ResultHandler<Acknowledgement> handler) override
    {
        return m_api.deleteApiKey(id, context, std::move(handler));
    }

private:
    ApiClient m_api;
};

class XquikRemoteKeys final : public RemoteKeys
{
public:
    explicit XquikRemoteKeys(HttpClient *http)
        : m_http(http)
        , m_api(http, this)
    {}
    bool canCreate() const override { return true; }
    ApiJob *list(QObject *context, ResultHandler<RemoteKeyList> handler) override
    {
        return m_api.apiKeys(
            context,
            converting<XquikKeyList, RemoteKeyList>(
                std::move(handler), [service = m_http->service()](const XquikKeyList &list) {
                    RemoteKeyList out;
                    for (const XquikKey &key : list.keys)
                        out.keys.append(
                            {key.id, key.name, key.prefix, {}, key.createdAt, key.lastUsedAt});
                    markEnvironmentPrefixes(out, service);
                    return out;
                }));
    }
    ApiJob *create(const QString &name, QObject *context,
                   ResultHandler<CreatedKey> handler) override
    {
        return m_api.createApiKey(
            name, context,
            converting<XquikCreatedKey, CreatedKey>(
                std::move(handler), [](const XquikCreatedKey &k) {
                    return CreatedKey{k.id, k.fullKey, k.name, k.createdAt, {}};
                }));
    }
    ApiJob *revoke(const QString &id, QObject *context,
                   ResultHandler<Acknowledgement> handler) override
    {
        return m_api.revokeApiKey(id, context, std::move(handler));
    }

private:
    HttpClient *m_http;
    XquikClient m_api;
};

class ExampleRemoteKeys final : public RemoteKeys
{
public:
    explicit ExampleRemoteKeys(HttpClient *http)
        : m_http(http)
        , m_api(http, this)
    {}
    bool canCreate() const override { return false; }
    ApiJob *list(QObject *context, ResultHandler<RemoteKeyList> handler) override
    {
        return m_api.apiKeys(
            context,
            converting<ExampleApiKeyList, RemoteKeyList>(
                std::move(handler), [service = m_http->service()](const ExampleApiKeyList &list) {
                    RemoteKeyList out;
                    for (const ExampleApiKey &key : list.keys)
                        out.keys.append(
                            {key.id, key.name, key.prefix, {}, key.createdAt, key.lastUsed});
                    markEnvironmentPrefixes(out, service);
                    return out;
                }));
    }
    ApiJob *create(const QString &, QObject *context, ResultHandler<CreatedKey> handler) override
    {
        const ApiError error = ApiError::policy(
            RemoteKeys::tr(
                "%1 creates keys only in its dashboard. Create one there and paste it here.")
                .arg(m_http->service().name));
        ApiJob *job = m_http->failed(error);
        connect(job, &ApiJob::finished, context,
                [handler = std::move(handler), error] { handler(Result<CreatedKey>(error)); });
        return job;
    }
    ApiJob *revoke(const QString &id, QObject *context,
                   ResultHandler<Acknowledgement> handler) override
    {
        return m_api.revokeApiKey(id, context, std::move(handler));
    }

private:
    HttpClient *m_http;
    ExampleApiClient m_api;
};

} // namespace

bool RemoteKey::matches(const QString &fullKey) const
{
    // xAIcreator masks as the first 7 characters, "...", the last 4.
    const qsizetype ellipsis = maskedKey.indexOf(QLatin1String("..."));
    if (ellipsis > 0) {
        const QString head = maskedKey.left(ellipsis);
        const QString tail = maskedKey.mid(ellipsis + 3);
        return fullKey.startsWith(head) && fullKey.endsWith(tail) && !tail.isEmpty();
    }
    // Services that list a prefix only ("xq_a1b2"); an environment prefix identifies no key.
    return identifying && maskedKey.size() >= 7 && fullKey.startsWith(maskedKey) &&
           fullKey.size() > maskedKey.size();
}

QList<KeyUse> RemoteKeyList::usage(const QString &fullKey) const
{
    QList<KeyUse> uses;
    int sharedCandidates = 0;
    bool identified = false;
    for (const RemoteKey &key : keys) {
        const bool shared =
            !key.identifying && !key.maskedKey.isEmpty() && fullKey.startsWith(key.maskedKey);
        identified |= key.matches(fullKey);
        sharedCandidates += shared ? 1 : 0;
        uses.append(key.matches(fullKey) ? KeyUse::InUse
                    : shared             ? KeyUse::Unknown
                                         : KeyUse::NotInUse);
    }
    for (qsizetype i = 0; i < uses.size(); ++i) {
        if (uses.at(i) != KeyUse::Unknown)
            continue;
        if (identified)
            uses[i] = KeyUse::NotInUse;
        else if (sharedCandidates == 1)
            uses[i] = KeyUse::InUse;
    }
    return uses;
}

std::unique_ptr<RemoteKeys> RemoteKeys::create(HttpClient *http)
{
    const QString id = http->service().id;
    if (id == QLatin1String("xaicreator"))
        return std::make_unique<XaiRemoteKeys>(http);
    if (id == QLatin1String("xquik"))
        return std::make_unique<XquikRemoteKeys>(http);
    if (id == QLatin1String("example"))
        return std::make_unique<ExampleRemoteKeys>(http);
    return nullptr;
}

} // namespace CreatorDesk
