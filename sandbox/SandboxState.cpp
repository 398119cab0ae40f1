// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxState.h"

#include "PlatformPublisher.h"

namespace CreatorDesk::Sandbox {

using nlohmann::json;

namespace {

Util::TimePoint daysAgo(double days)
{
    return Util::Clock::now() - std::chrono::duration_cast<Util::Clock::duration>(
                                    std::chrono::duration<double>(days * 86400));
}

std::vector<std::string> stringList(const json &value)
{
    std::vector<std::string> out;
    if (value.is_array()) {
        for (const auto &item : value)
            out.push_back(item.get<std::string>());
    }
    return out;
}

} // namespace

void SandboxState::load(const json &seed)
{
    users.clear();
    xaiKeys.clear();
    socialSets.clear();
    drafts.clear();
    schedules.clear();
    media.clear();
    jobs.clear();
    oauthStates.clear();
    oauthIdentities.clear();
    rateWindows.clear();
    xquikAccounts.clear();
    xquikKeys.clear();
    oquiKeys.clear();
    exampleKeys.clear();
    connectedAccountCounter = 0;
    oauthUserCounter = 0;
    mastodonMaxCharacters = 500;
    mastodonReservedPerUrl = 23;
    requestCount = 0;
    mediaBytes = 0;

    const auto now = Util::Clock::now();
    for (const auto &u : seed.value("xaicreator", json::object()).value("users", json::array())) {
        XaiUser user;
        user.uuid = u.value("uuid", Util::newUuid());
        user.email = u.at("email").get<std::string>();
        user.passwordHash = Util::sha256Hex(u.value("password", std::string()));
        user.provider = "email";
        const json credits = u.value("credits", json::object());
        user.balance = credits.value("balance", 0);
        user.creditsExpireAt = daysAgo(-credits.value("expiresInDays", 30.0));
        users[user.uuid] = user;

        for (const auto &k : u.value("apiKeys", json::array())) {
            std::string full = k.at("key").get<std::string>();
            auto &key = (createXaiKey(user.uuid, k.value("name", "Default API Key"), full,
                                      k.value("id", "")));
            key.createdAt = Util::toIso(daysAgo(k.value("createdDaysAgo", 0.0)));
        }
        for (const auto &s : u.value("socialSets", json::array())) {
            SocialSet set{s.at("id").get<std::string>(), s.value("name", ""), user.uuid, {}};
            for (const auto &a : s.value("accounts", json::array())) {
                set.accounts.push_back({a.at("accountId").get<std::string>(),
                                        a.at("platform").get<std::string>(),
                                        a.value("username", ""), a.value("tokenExpired", false)});
            }
            socialSets[set.id] = set;
        }
        for (const auto &d : u.value("drafts", json::array())) {
            Draft draft;
            draft.id = d.at("id").get<std::string>();
            draft.userId = user.uuid;
            draft.title = d.value("title", "");
            if (d.contains("socialSetId"))
                draft.socialSetId = d.at("socialSetId").get<std::string>();
            draft.selectedAccountIds = stringList(d.value("selectedAccountIds", json::array()));
            draft.createdAt = draft.updatedAt = Util::toIso(daysAgo(1));
            int position = 0;
            for (const auto &content : d.value("tweets", json::array())) {
                DraftTweet tweet;
                tweet.id = Util::newUuid();
                tweet.content = content.get<std::string>();
                PlatformPublisher::countTweet(tweet);
                tweet.position = position++;
                draft.tweets.push_back(tweet);
            }
            drafts[draft.id] = draft;
        }
        for (const auto &q : u.value("schedules", json::array())) {
            ScheduleItem item;
            item.id = q.value("id", Util::newUuid());
            item.draftId = q.at("draftId").get<std::string>();
            item.userId = user.uuid;
            item.dueAt =
                now + std::chrono::seconds(static_cast<long long>(q.value("inHours", 24.0) * 3600));
            item.scheduledFor = Util::toIso(item.dueAt);
            item.createdAt = Util::toIso(daysAgo(1));
            item.platform = q.value("platform", "twitter");
            item.accountUuid = q.at("accountUuid").get<std::string>();
            schedules.push_back(item);
            auto draft = drafts.find(item.draftId);
            if (draft != drafts.end()) {
                draft->second.status = "scheduled";
                draft->second.scheduledFor = item.scheduledFor;
            }
        }
    }

    for (const auto &a : seed.value("xquik", json::object()).value("accounts", json::array())) {
        XquikAccount account;
        account.id = a.at("id").get<std::string>();
        account.plan = a.value("plan", "pro");
        account.credits = a.value("credits", 0);
        account.quotaLimit = a.value("quotaLimit", 10000);
        account.sessionTokenHash = Util::sha256Hex(a.value("sessionToken", Util::randomHex(16)));
        account.quotaResetsAt = now + std::chrono::hours(24 * 30);
        xquikAccounts[account.id] = account;
        for (const auto &k : a.value("apiKeys", json::array())) {
            const std::string full = k.at("key").get<std::string>();
            XquikKey key{k.value("id", std::to_string(++xquikKeyCounter)),
                         Util::sha256Hex(full),
                         full.substr(0, 8),
                         k.value("name", "Default"),
                         account.id,
                         Util::toIso(daysAgo(k.value("createdDaysAgo", 0.0))),
                         std::nullopt};
            xquikKeys[key.hash] = key;
        }
    }

    for (const auto &k : seed.value("oqui", json::object()).value("keys", json::array())) {
        OquiKey key{Util::sha256Hex(k.at("key").get<std::string>()), k.value("credits", 0), {}};
        oquiKeys[key.hash] = key;
    }

    for (const auto &a : seed.value("example", json::object()).value("accounts", json::array())) {
        for (const auto &k : a.value("keys", json::array())) {
            const std::string full = k.at("key").get<std::string>();
            ExampleKey key{k.at("id").get<std::string>(),
                           Util::sha256Hex(full),
                           full.substr(0, 8), // the environment prefix, as documented
                           k.value("name", ""),
                           a.at("id").get<std::string>(),
                           Util::toIso(daysAgo(k.value("createdDaysAgo", 0.0))),
                           std::nullopt};
            if (k.contains("lastUsedDaysAgo"))
                key.lastUsed = Util::toIso(daysAgo(k.at("lastUsedDaysAgo").get<double>()));
            exampleKeys[key.id] = key;
        }
    }
}

XaiUser *SandboxState::userByEmail(const std::string &email)
{
    for (auto &[id, user] : users) {
        if (user.email == email)
            return &user;
    }
    return nullptr;
}

const SocialAccount *SandboxState::findAccount(const std::string &accountId,
                                               std::string *ownerId) const
{
    for (const auto &[id, set] : socialSets) {
        for (const auto &account : set.accounts) {
            if (account.accountId == accountId) {
                if (ownerId)
                    *ownerId = set.userId;
                return &account;
            }
        }
    }
    return nullptr;
}

SocialAccount *SandboxState::findAccountMutable(const std::string &accountId, std::string *ownerId)
{
    return const_cast<SocialAccount *>(findAccount(accountId, ownerId));
}

int SandboxState::availableCredits(const XaiUser &user) const
{
    return user.creditsExpireAt > Util::Clock::now() ? user.balance : 0;
}

XaiApiKey &SandboxState::createXaiKey(const std::string &userId, const std::string &name,
                                      std::string &fullKey, const std::string &id)
{
    if (fullKey.empty())
        fullKey = "sk-" + Util::randomHex(24);
    XaiApiKey key{id.empty() ? Util::newUuid() : id,
                  Util::sha256Hex(fullKey),
                  Util::maskKey(fullKey),
                  name,
                  userId,
                  Util::nowIso(),
                  std::nullopt};
    return xaiKeys[key.hash] = key;
}

std::string SandboxState::createUser(const std::string &email, const std::string &password,
                                     const std::string &provider)
{
    XaiUser user;
    user.uuid = Util::newUuid();
    user.email = email;
    user.passwordHash = Util::sha256Hex(password.empty() ? Util::randomHex(16) : password);
    user.provider = provider;
    user.balance = 100;
    user.creditsExpireAt = Util::Clock::now() + std::chrono::hours(24 * 30);
    users[user.uuid] = user;
    SocialSet set{Util::newUuid(), "Default", user.uuid, {}};
    socialSets[set.id] = set;
    return user.uuid;
}

} // namespace CreatorDesk::Sandbox
