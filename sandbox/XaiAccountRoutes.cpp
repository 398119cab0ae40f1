// SPDX-License-Identifier: GPL-3.0-or-later
#include "XaiAccountRoutes.h"

#include "ApiError.h"
#include "JsonInput.h"
#include "SandboxState.h"
#include "XaiGate.h"

#include <algorithm>

namespace CreatorDesk::Sandbox {

using nlohmann::json;

namespace {

constexpr int maxKeysPerUser = 10;
constexpr auto codeLifetime = std::chrono::minutes(10);

void sendJson(RequestContext &context, const json &body, int status = 200)
{
    context.response.status = status;
    context.response.set_content(body.dump(), "application/json");
}

bool isHttpUrl(const std::string &url)
{
    return url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
}

std::string authorizeUrl(const RequestContext &context, const std::string &provider,
                         const std::string &state, const std::string &redirectUri)
{
    return context.baseUrl + "/oauth/authorize?provider=" + provider + "&state=" + state +
           "&redirect_uri=" + Util::urlEncode(redirectUri);
}

std::string newState()
{
    return Util::base64Url(Util::randomHex(16));
}

// Checks code + state of a callback and marks the code used.
PendingOAuth &redeemCode(SandboxState &state, const std::string &provider,
                         const std::string &stateValue, const std::string &code)
{
    auto pending = state.oauthStates.find(stateValue);
    if (pending == state.oauthStates.end() || pending->second.provider != provider ||
        !pending->second.code || *pending->second.code != code || pending->second.used ||
        Util::Clock::now() > pending->second.codeExpiresAt) {
        throw ApiError::invalidInput("code does not match state, was already used or has expired.");
    }
    pending->second.used = true;
    return pending->second;
}

void oauthUrl(RequestContext &context, const std::string &provider, bool enabled)
{
    if (!enabled) {
        throw ApiError::xai(500, "OAUTH_NOT_CONFIGURED",
                            "OAuth is not configured on this server (sandbox --no-oauth).");
    }
    const JsonInput input(context.body);
    const std::string redirectUri = input.requiredString("redirectUri");
    if (!isHttpUrl(redirectUri))
        throw ApiError::invalidInput("redirectUri must be an http or https URL.");
    const std::string state = newState();
    context.state.oauthStates[state] = {provider, redirectUri, std::nullopt, {}, false, {}, {}, {}};
    sendJson(context, {{"success", true},
                       {"authUrl", authorizeUrl(context, provider, state, redirectUri)},
                       {"state", state}});
}

void oauthCallback(RequestContext &context, const std::string &provider, bool enabled)
{
    if (!enabled) {
        throw ApiError::xai(500, "OAUTH_NOT_CONFIGURED",
                            "OAuth is not configured on this server (sandbox --no-oauth).");
    }
    const JsonInput input(context.body);
    const std::string code = input.requiredString("code");
    const std::string stateValue = input.requiredString("state");
    SandboxState &state = context.state;
    redeemCode(state, provider, stateValue, code);

    // Every consent in one run is the same provider identity, so the second login is known.
    bool isNewUser = false;
    auto identity = state.oauthIdentities.find(provider);
    if (identity == state.oauthIdentities.end() || !state.users.count(identity->second)) {
        const std::string email =
            provider + "-user-" + std::to_string(++state.oauthUserCounter) + "@creatordesk.test";
        state.oauthIdentities[provider] = state.createUser(email, {}, provider);
        isNewUser = true;
    }
    const XaiUser &user = state.users.at(state.oauthIdentities.at(provider));
    std::string fullKey;
    const XaiApiKey &key = state.createXaiKey(user.uuid, "Default API Key", fullKey);
    sendJson(context, {{"success", true},
                       {"user",
                        {{"uuid", user.uuid},
                         {"email", user.email},
                         {"provider", provider},
                         {"isNewUser", isNewUser}}},
                       {"apiKey",
                        {{"key", fullKey},
                         {"name", key.name},
                         {"createdAt", key.createdAt},
                         {"lastUsed", nullptr}}}});
}

void login(RequestContext &context)
{
    const JsonInput input(context.body);
    const std::string email = input.requiredString("email");
    const std::string password = input.requiredString("password");
    SandboxState &state = context.state;
    XaiUser *user = state.userByEmail(email);
    if (!user)
        throw ApiError::xai(404, "USER_NOT_FOUND", "No account is registered with this email.");
    if (user->passwordHash != Util::sha256Hex(password))
        throw ApiError::xai(401, "INVALID_CREDENTIALS", "The email or password is wrong.");
    std::string fullKey;
    const XaiApiKey &key = state.createXaiKey(user->uuid, "Default API Key", fullKey);
    sendJson(context,
             {{"success", true},
              {"user", {{"uuid", user->uuid}, {"email", user->email}}},
              {"apiKey",
               {{"key", fullKey},
                {"name", key.name},
                {"createdAt", key.createdAt},
                {"lastUsed", nullptr}}},
              {"warning", "Please save your API key securely. This is the only time the full "
                          "key will be displayed."}});
}

void authorizePage(RequestContext &context)
{
    const std::string stateValue = context.query("state");
    auto pending = context.state.oauthStates.find(stateValue);
    if (stateValue.empty() || pending == context.state.oauthStates.end() || pending->second.used) {
        context.response.status = 400;
        context.response.set_content("Unknown or expired OAuth state.\n", "text/plain");
        return;
    }
    const std::string &redirect = pending->second.redirectUri;
    const std::string separator = redirect.find('?') == std::string::npos ? "?" : "&";
    if (context.query("deny") == "1") {
        context.response.set_redirect(redirect + separator +
                                      "error=access_denied&state=" + stateValue);
        return;
    }
    const std::string code = Util::randomHex(20);
    pending->second.code = code;
    pending->second.codeExpiresAt = Util::Clock::now() + codeLifetime;
    context.response.set_redirect(redirect + separator + "code=" + code + "&state=" + stateValue);
}

json keyJson(const XaiApiKey &key)
{
    return {{"id", key.id},
            {"key", key.masked},
            {"name", key.name},
            {"status", "created"},
            {"lastUsed", key.lastUsed ? json(*key.lastUsed) : json(nullptr)},
            {"createdAt", key.createdAt}};
}

void listKeys(RequestContext &context)
{
    const XaiUser &user = XaiGate::authenticate(context);
    std::vector<const XaiApiKey *> keys;
    for (const auto &[hash, key] : context.state.xaiKeys) {
        if (key.userId == user.uuid)
            keys.push_back(&key);
    }
    std::sort(keys.begin(), keys.end(),
              [](const XaiApiKey *a, const XaiApiKey *b) { return a->createdAt < b->createdAt; });
    json list = json::array();
    for (const XaiApiKey *key : keys)
        list.push_back(keyJson(*key));
    sendJson(context, {{"success", true}, {"apiKeys", list}});
}

void createKey(RequestContext &context)
{
    const XaiUser &user = XaiGate::authenticate(context);
    const JsonInput input(context.body);
    const std::string name = input.requiredString("name");
    SandboxState &state = context.state;
    const auto owned =
        std::count_if(state.xaiKeys.begin(), state.xaiKeys.end(),
                      [&](const auto &entry) { return entry.second.userId == user.uuid; });
    if (owned >= maxKeysPerUser)
        throw ApiError::forbidden("Key limit of 10 reached");
    std::string fullKey;
    const XaiApiKey &key = state.createXaiKey(user.uuid, name, fullKey);
    sendJson(context, {{"success", true},
                       {"apiKey",
                        {{"id", key.id},
                         {"key", fullKey},
                         {"name", key.name},
                         {"createdAt", key.createdAt},
                         {"lastUsed", nullptr}}},
                       {"warning", "Please save your API key securely. This is the only time "
                                   "the full key will be displayed."}});
}

void deleteKey(RequestContext &context)
{
    const XaiUser &user = XaiGate::authenticate(context);
    const std::string keyId = context.param("keyId");
    SandboxState &state = context.state;
    auto key = std::find_if(state.xaiKeys.begin(), state.xaiKeys.end(),
                            [&](const auto &entry) { return entry.second.id == keyId; });
    if (key == state.xaiKeys.end())
        throw ApiError::notFound("No API key with id " + keyId + ".");
    if (key->second.userId != user.uuid)
        throw ApiError::forbidden("This API key belongs to another user.");
    state.rateWindows.erase(key->first);
    state.xaiKeys.erase(key);
    sendJson(context, {{"success", true}, {"message", "API key deleted"}});
}

void startXConnect(RequestContext &context, bool enabled)
{
    XaiUser &user = XaiGate::authenticate(context);
    if (!enabled) {
        throw ApiError::xai(500, "OAUTH_NOT_CONFIGURED",
                            "OAuth is not configured on this server (sandbox --no-oauth).");
    }
    const JsonInput input(context.body);
    // The document lists three parameters; a client that sends more relies on something no
    // server promised (a return address, say).
    for (const auto &[field, value] : input.raw().items()) {
        if (field != "socialSetId" && field != "mode" && field != "followOnX")
            throw ApiError::invalidInput(field + " is not a parameter of POST /twitter/auth "
                                                 "(socialSetId, mode, followOnX).");
    }
    SandboxState &state = context.state;
    std::string setId = input.optionalString("socialSetId").value_or("");
    const std::string mode =
        input.optionalEnum("mode", {"create_new", "add_to_existing"}, "add_to_existing");
    input.optionalBool("followOnX");
    // After consent the browser goes to the service's own callback, which answers JSON.
    const std::string redirectUri = context.baseUrl + "/api/v1/twitter/callback";
    if (!setId.empty()) {
        auto set = state.socialSets.find(setId);
        if (set == state.socialSets.end())
            throw ApiError::notFound("No social set with id " + setId + ".");
        if (set->second.userId != user.uuid)
            throw ApiError::forbidden("This social set belongs to another user.");
    }
    const std::string stateValue = newState();
    state.oauthStates[stateValue] = {"x-connect", redirectUri, std::nullopt, {},
                                     false,       user.uuid,   setId,        mode};
    sendJson(context, {{"authUrl", authorizeUrl(context, "x-connect", stateValue, redirectUri)},
                       {"sessionId", Util::newUuid()}});
}

void finishXConnect(RequestContext &context)
{
    const std::string code = context.query("code");
    const std::string stateValue = context.query("state");
    if (code.empty() || stateValue.empty())
        throw ApiError::invalidInput("code and state query parameters are required.");
    SandboxState &state = context.state;
    const PendingOAuth pending = redeemCode(state, "x-connect", stateValue, code);
    if (!state.users.count(pending.userId))
        throw ApiError::notFound("The user of this session no longer exists.");

    std::string setId = pending.socialSetId;
    if (pending.mode == "create_new" || setId.empty() || !state.socialSets.count(setId)) {
        auto existing =
            std::find_if(state.socialSets.begin(), state.socialSets.end(),
                         [&](const auto &s) { return s.second.userId == pending.userId; });
        if (pending.mode == "create_new" || existing == state.socialSets.end()) {
            setId = Util::newUuid();
            state.socialSets[setId] = {setId, "X account", pending.userId, {}};
        } else {
            setId = existing->first;
        }
    }
    const SocialAccount account{Util::newUuid(), "twitter",
                                "connected_" + std::to_string(++state.connectedAccountCounter),
                                false};
    state.socialSets.at(setId).accounts.push_back(account);
    sendJson(context,
             {{"success", true}, {"accountUuid", account.accountId}, {"socialSetId", setId}});
}

void listSocialSets(RequestContext &context)
{
    const XaiUser &user = XaiGate::authenticate(context);
    json sets = json::array();
    for (const auto &[id, set] : context.state.socialSets) {
        if (set.userId != user.uuid)
            continue;
        json accounts = json::array();
        for (const SocialAccount &account : set.accounts) {
            accounts.push_back({{"accountId", account.accountId},
                                {"platform", account.platform},
                                {"username", account.username},
                                {"tokenExpired", account.tokenExpired}});
        }
        sets.push_back({{"id", set.id}, {"name", set.name}, {"accounts", accounts}});
    }
    sendJson(context, {{"socialSets", sets}});
}

void credits(RequestContext &context)
{
    const XaiUser &user = XaiGate::authenticate(context);
    sendJson(context, {{"balance", context.state.availableCredits(user)},
                       {"expiresAt", Util::toIso(user.creditsExpireAt)}});
}

} // namespace

void XaiAccountRoutes::registerRoutes(Router &router, bool oauthEnabled)
{
    const std::string api = "/api/v1";
    router.add("POST", api + "/auth/login", login);
    for (const std::string provider : {"google", "twitter"}) {
        router.add(
            "POST", api + "/auth/oauth/" + provider + "/url",
            [provider, oauthEnabled](RequestContext &c) { oauthUrl(c, provider, oauthEnabled); });
        router.add("POST", api + "/auth/oauth/" + provider + "/callback",
                   [provider, oauthEnabled](RequestContext &c) {
                       oauthCallback(c, provider, oauthEnabled);
                   });
    }
    router.add("GET", "/oauth/authorize", authorizePage);
    router.add("GET", api + "/auth/api-keys", listKeys);
    router.add("POST", api + "/auth/api-keys", createKey);
    router.add("DELETE", api + "/auth/api-keys/:keyId", deleteKey);
    router.add("POST", api + "/twitter/auth",
               [oauthEnabled](RequestContext &c) { startXConnect(c, oauthEnabled); });
    router.add("GET", api + "/twitter/callback", finishXConnect);
    router.add("GET", api + "/social-sets", listSocialSets);
    router.add("POST", api + "/credits", credits);
}

} // namespace CreatorDesk::Sandbox
