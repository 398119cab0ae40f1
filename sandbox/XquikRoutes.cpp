// SPDX-License-Identifier: GPL-3.0-or-later
#include "XquikRoutes.h"

#include "ApiError.h"
#include "SandboxState.h"

#include <algorithm>

namespace CreatorDesk::Sandbox {

using nlohmann::json;

namespace {

enum class AuthMethods { KeyOnly, Any };

ApiError unauthorized(const std::string &message)
{
    return ApiError(401, {{"error", "unauthorized"}, {"message", message}});
}

std::string sessionCookie(const RequestContext &context)
{
    const std::string cookies = context.header("Cookie");
    const std::string name = "session_token=";
    auto pos = cookies.find(name);
    while (pos != std::string::npos && pos != 0 && cookies[pos - 1] != ' ' &&
           cookies[pos - 1] != ';')
        pos = cookies.find(name, pos + 1);
    if (pos == std::string::npos)
        return {};
    const auto end = cookies.find(';', pos);
    return cookies.substr(pos + name.size(),
                          end == std::string::npos ? std::string::npos : end - pos - name.size());
}

std::string bearer(const RequestContext &context)
{
    const std::string value = context.header("Authorization");
    return value.rfind("Bearer ", 0) == 0 ? value.substr(7) : std::string();
}

bool hasAnyCredential(const RequestContext &context)
{
    return !context.header("x-api-key").empty() || !bearer(context).empty() ||
           !sessionCookie(context).empty();
}

// The account behind x-api-key, a bearer key, or (where allowed) the session cookie.
XquikAccount &authenticate(RequestContext &context, AuthMethods methods)
{
    SandboxState &state = context.state;
    std::string key = context.header("x-api-key");
    if (key.empty() && methods == AuthMethods::Any)
        key = bearer(context);
    if (!key.empty()) {
        auto found = state.xquikKeys.find(Util::sha256Hex(key));
        if (found == state.xquikKeys.end())
            throw unauthorized("Invalid or missing API key");
        found->second.lastUsedAt = Util::nowIso();
        XquikAccount &account = state.xquikAccounts.at(found->second.accountId);
        ++account.quotaUsed;
        return account;
    }
    const std::string session = sessionCookie(context);
    if (methods == AuthMethods::Any && !session.empty()) {
        for (auto &[id, account] : state.xquikAccounts) {
            if (account.sessionTokenHash == Util::sha256Hex(session))
                return account;
        }
        throw unauthorized("Invalid or expired session");
    }
    throw unauthorized(methods == AuthMethods::KeyOnly
                           ? "This endpoint needs an API key in the x-api-key header"
                           : "Invalid or missing API key");
}

void send(RequestContext &context, const json &body, int status = 200)
{
    context.response.status = status;
    context.response.set_content(body.dump(), "application/json");
}

void account(RequestContext &context)
{
    const XquikAccount &account = authenticate(context, AuthMethods::KeyOnly);
    send(context, {{"plan", account.plan},
                   {"quota",
                    {{"limit", account.quotaLimit},
                     {"used", account.quotaUsed},
                     {"remaining", std::max(0, account.quotaLimit - account.quotaUsed)},
                     {"resetsAt", Util::toIso(account.quotaResetsAt)}}},
                   {"credits", {{"balance", account.credits}}}});
}

void createKey(RequestContext &context)
{
    const XquikAccount &account = authenticate(context, AuthMethods::Any);
    json body = context.body.empty() ? json::object() : json::parse(context.body, nullptr, false);
    if (!body.is_object() || (body.contains("name") && !body.at("name").is_string()))
        throw ApiError(400, {{"error", "invalid_request"}, {"message", "name must be a string"}});
    const std::string name = body.value("name", std::string("Default"));
    const std::string fullKey = "xq_" + Util::randomHex(32);
    SandboxState &state = context.state;
    XquikKey key{std::to_string(++state.xquikKeyCounter),
                 Util::sha256Hex(fullKey),
                 fullKey.substr(0, 8),
                 name.empty() ? "Default" : name,
                 account.id,
                 Util::nowIso(),
                 std::nullopt};
    state.xquikKeys[key.hash] = key;
    send(context, {{"id", key.id},
                   {"fullKey", fullKey},
                   {"prefix", key.prefix},
                   {"name", key.name},
                   {"createdAt", key.createdAt}});
}

void listKeys(RequestContext &context)
{
    const XquikAccount &account = authenticate(context, AuthMethods::Any);
    json keys = json::array();
    for (const auto &[hash, key] : context.state.xquikKeys) {
        if (key.accountId != account.id)
            continue;
        keys.push_back({{"id", key.id},
                        {"prefix", key.prefix},
                        {"name", key.name},
                        {"createdAt", key.createdAt},
                        {"lastUsedAt", key.lastUsedAt ? json(*key.lastUsedAt) : json(nullptr)}});
    }
    send(context, {{"keys", keys}});
}

void revokeKey(RequestContext &context)
{
    const XquikAccount &account = authenticate(context, AuthMethods::Any);
    auto &keys = context.state.xquikKeys;
    const std::string id = context.param("id");
    auto key = std::find_if(keys.begin(), keys.end(), [&](const auto &entry) {
        return entry.second.id == id && entry.second.accountId == account.id;
    });
    if (key == keys.end())
        throw ApiError(404, {{"error", "not_found"}, {"message", "API key not found"}});
    keys.erase(key);
    send(context, {{"success", true}});
}

// One of the MPP-eligible read-only X endpoints: no credential at all gets a 402 challenge.
void tweet(RequestContext &context)
{
    const std::string id = context.param("id");
    const std::string authorization = context.header("Authorization");
    if (authorization.rfind("Payment ", 0) == 0) {
        context.response.set_header(
            "Payment-Receipt",
            Util::base64Url(
                json{{"status", "success"}, {"method", "tempo"}, {"reference", Util::newUuid()}}
                    .dump()));
    } else if (!hasAnyCredential(context)) {
        const json request = {{"amount", "0.0015"},
                              {"currency", "usd"},
                              {"recipient", "0x7a3f9c2b1e4d6a8f0b5c3e7d9a1f2b4c6e8d0a2f"}};
        context.response.set_header("WWW-Authenticate",
                                    "Payment id=\"" + Util::newUuid() +
                                        "\", realm=\"xquik.com\", method=\"tempo\", "
                                        "intent=\"charge\", request=\"" +
                                        Util::base64Url(request.dump()) + "\"");
        send(context,
             {{"error", "payment_required"},
              {"message", "Send an API key, or pay for this request with the Payment challenge"}},
             402);
        return;
    } else {
        authenticate(context, AuthMethods::Any);
    }
    send(context, {{"id", id},
                   {"text", "A sandbox tweet with id " + id + "."},
                   {"authorId", "44196397"},
                   {"createdAt", Util::nowIso()}});
}

} // namespace

void XquikRoutes::registerRoutes(Router &router)
{
    const std::string api = "/xquik/api/v1";
    router.add("GET", api + "/account", account);
    router.add("POST", api + "/api-keys", createKey);
    router.add("GET", api + "/api-keys", listKeys);
    router.add("DELETE", api + "/api-keys/:id", revokeKey);
    router.add("GET", api + "/x/tweets/:id", tweet);
}

} // namespace CreatorDesk::Sandbox
