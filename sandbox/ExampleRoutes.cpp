// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExampleRoutes.h"

#include "ApiError.h"
#include "SandboxState.h"

namespace CreatorDesk::Sandbox {

using nlohmann::json;

namespace {

// The account id behind the bearer key; 401 otherwise.
std::string authenticate(RequestContext &context)
{
    const std::string authorization = context.header("Authorization");
    const std::string key = authorization.rfind("Bearer ", 0) == 0 ? authorization.substr(7) : "";
    const std::string hash = Util::sha256Hex(key);
    for (auto &[id, record] : context.state.exampleKeys) {
        if (!key.empty() && record.hash == hash) {
            record.lastUsed = Util::nowIso();
            return record.accountId;
        }
    }
    throw ApiError(
        401,
        {{"success", false}, {"error", "unauthorized"}, {"message", "Missing or invalid API key"}});
}

void listKeys(RequestContext &context)
{
    const std::string accountId = authenticate(context);
    json data = json::array();
    for (const auto &[id, key] : context.state.exampleKeys) {
        if (key.accountId != accountId)
            continue;
        data.push_back({{"id", key.id},
                        {"name", key.name},
                        {"prefix", key.prefix},
                        {"created_at", key.createdAt},
                        {"last_used", key.lastUsed ? json(*key.lastUsed) : json(nullptr)}});
    }
    context.response.set_content(json{{"success", true}, {"data", data}}.dump(),
                                 "application/json");
}

void revokeKey(RequestContext &context)
{
    const std::string accountId = authenticate(context);
    auto key = context.state.exampleKeys.find(context.param("id"));
    // Another account's key is reported as missing, so ids cannot be probed.
    if (key == context.state.exampleKeys.end() || key->second.accountId != accountId) {
        throw ApiError(
            404, {{"success", false}, {"error", "not_found"}, {"message", "API key not found"}});
    }
    context.state.exampleKeys.erase(key);
    context.response.set_content(
        json{{"success", true}, {"message", "API key revoked successfully"}}.dump(),
        "application/json");
}

} // namespace

void ExampleRoutes::registerRoutes(Router &router)
{
    router.add("GET", "/example/v1/api-keys", listKeys);
    router.add("DELETE", "/example/v1/api-keys/:id", revokeKey);
}

} // namespace CreatorDesk::Sandbox
