// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Util.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

// Plain records of the in-memory state. Keys are kept as SHA-256 hashes plus a display form.
namespace CreatorDesk::Sandbox {

struct XaiApiKey
{
    std::string id;
    std::string hash;
    std::string masked;
    std::string name;
    std::string userId;
    std::string createdAt;
    std::optional<std::string> lastUsed;
};

struct XaiUser
{
    std::string uuid;
    std::string email;
    std::string passwordHash;
    std::string provider; // "email", "google" or "twitter"
    int balance = 0;
    Util::TimePoint creditsExpireAt;
};

struct SocialAccount
{
    std::string accountId;
    std::string platform;
    std::string username;
    bool tokenExpired = false;
};

struct SocialSet
{
    std::string id;
    std::string name;
    std::string userId;
    std::vector<SocialAccount> accounts;
};

struct DraftTweet
{
    std::string id;
    std::string content;
    std::string plainText;
    std::vector<std::string> media;
    int characterCount = 0;
    bool isValid = true;
    int position = 0;
};

struct Draft
{
    std::string id;
    std::string userId;
    std::string title;
    std::string status = "draft";
    std::optional<std::string> scheduledFor;
    std::optional<std::string> socialSetId;
    std::vector<std::string> selectedAccountIds;
    std::optional<std::string> templateId;
    std::vector<DraftTweet> tweets;
    std::string createdAt;
    std::string updatedAt;
};

struct ScheduleItem
{
    std::string id;
    std::string draftId;
    std::string userId;
    std::string scheduledFor; // the requested time, as listed
    Util::TimePoint dueAt;    // requested time + jitter, or the next retry
    int jitterSeconds = 0;
    double priority = 0;
    int attempts = 0;
    std::string createdAt;
    std::string platform;
    std::string accountUuid;
    std::string status = "scheduled"; // scheduled | publishing | published | failed
    std::optional<std::string> lastError;
    std::optional<std::string> lastAttemptAt;
    std::optional<std::string> publishedUrl;
};

struct MediaItem
{
    std::string id;
    std::string userId;
    std::string type;
    std::string sha256;
    std::string filename;
    std::uint64_t size = 0;
};

struct PublishJob
{
    std::string userId;
    nlohmann::json response;
    int executions = 0;
};

struct PendingOAuth
{
    std::string provider; // google | twitter | x-connect
    std::string redirectUri;
    std::optional<std::string> code;
    Util::TimePoint codeExpiresAt;
    bool used = false;
    // x-connect only: where the new account goes.
    std::string userId;
    std::string socialSetId;
    std::string mode;
};

struct RateWindow
{
    Util::TimePoint start;
    int count = 0;
};

struct XquikKey
{
    std::string id;
    std::string hash;
    std::string prefix;
    std::string name;
    std::string accountId;
    std::string createdAt;
    std::optional<std::string> lastUsedAt;
};

struct XquikAccount
{
    std::string id;
    std::string plan;
    int credits = 0;
    int quotaLimit = 10000;
    int quotaUsed = 0;
    std::string sessionTokenHash;
    Util::TimePoint quotaResetsAt;
};

struct OquiKey
{
    std::string hash;
    int credits = 0;
    RateWindow window;
};

struct ExampleKey
{
    std::string id;
    std::string hash;
    std::string prefix;
    std::string name;
    std::string accountId;
    std::string createdAt;
    std::optional<std::string> lastUsed;
};

} // namespace CreatorDesk::Sandbox
