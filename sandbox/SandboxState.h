// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include <nlohmann/json.hpp>

#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace CreatorDesk::Sandbox {

// Everything the four services remember, guarded by one mutex. Route handlers run on
// cpp-httplib's thread pool and the scheduler on its own thread; all of them lock mutex.
struct SandboxState
{
    std::mutex mutex;

    // xAIcreator
    std::map<std::string, XaiUser> users;        // by uuid
    std::map<std::string, XaiApiKey> xaiKeys;    // by hash
    std::map<std::string, SocialSet> socialSets; // by id
    std::map<std::string, Draft> drafts;         // by id
    std::vector<ScheduleItem> schedules;
    std::map<std::string, MediaItem> media;             // by id
    std::map<std::string, PublishJob> jobs;             // by jobId
    std::map<std::string, PendingOAuth> oauthStates;    // by state
    std::map<std::string, std::string> oauthIdentities; // provider -> user uuid
    std::map<std::string, RateWindow> rateWindows;      // by key hash
    int rateLimit = 1000;
    int rateWindowSeconds = 3600;
    int rateLimitStatus = 403; // SandboxOptions::rateLimitStatus
    int connectedAccountCounter = 0;
    int oauthUserCounter = 0;

    // A Mastodon instance's limits (MastodonInstanceRoutes)
    int mastodonMaxCharacters = 500;
    int mastodonReservedPerUrl = 23;

    // Xquik, oqui and the generic API
    std::map<std::string, XquikAccount> xquikAccounts; // by id
    std::map<std::string, XquikKey> xquikKeys;         // by hash
    int xquikKeyCounter = 100;
    std::map<std::string, OquiKey> oquiKeys;       // by hash
    std::map<std::string, ExampleKey> exampleKeys; // by id

    // Counters for the control plane
    std::uint64_t requestCount = 0;
    std::uint64_t mediaBytes = 0;

    // Replaces everything with the seed (see seed/demo.json for the format).
    void load(const nlohmann::json &seed);

    XaiUser *userByEmail(const std::string &email);
    const SocialAccount *findAccount(const std::string &accountId, std::string *ownerId) const;
    SocialAccount *findAccountMutable(const std::string &accountId, std::string *ownerId);
    // Credits after expiry count as zero.
    int availableCredits(const XaiUser &user) const;
    // Stores a key for the user; fullKey is generated when empty and returned through it.
    XaiApiKey &createXaiKey(const std::string &userId, const std::string &name,
                            std::string &fullKey, const std::string &id = {});
    std::string createUser(const std::string &email, const std::string &password,
                           const std::string &provider);
};

} // namespace CreatorDesk::Sandbox
