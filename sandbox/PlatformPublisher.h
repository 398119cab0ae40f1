// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include <nlohmann/json.hpp>

#include <string>

namespace CreatorDesk::Sandbox {

// Makes the per-platform "data" of a successful simulated post (ids and public URLs in each
// network's real format), counts texts the platform's way and charges the cost. Callers hold
// the state mutex.
class PlatformPublisher final
{
public:
    static constexpr int creditsPerPost = 10;

    // A text's length and limit by the platform's own rule, counted by the counters the app
    // uses (models/text, COUNTING.md): X's weighted length, Bluesky's graphemes, Mastodon's
    // URLs as 23, ... So the sandbox refuses exactly what the editor shows as over the limit.
    struct Length
    {
        int length = 0;
        int limit = 0;
        bool overLimit = false; // also Bluesky's 3000 UTF-8 bytes
    };
    static Length textLength(const std::string &platform, const std::string &text);
    // Fills plainText from content, and characterCount and isValid as X counts them
    // (drafts are /twitter/drafts).
    static void countTweet(DraftTweet &tweet);

    static nlohmann::json postData(const SocialAccount &account);
    static std::string publicUrl(const nlohmann::json &data);
    static void charge(XaiUser &user, int credits);
};

} // namespace CreatorDesk::Sandbox
