// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include <nlohmann/json.hpp>

#include <string>

namespace CreatorDesk::Sandbox {

// Makes the per-platform "data" of a successful simulated post (ids and public URLs in each
// network's real format) and charges its cost. Callers hold the state mutex.
class PlatformPublisher final
{
public:
    static constexpr int creditsPerPost = 10;

    static nlohmann::json postData(const SocialAccount &account);
    static std::string publicUrl(const nlohmann::json &data);
    static void charge(XaiUser &user, int credits);
};

} // namespace CreatorDesk::Sandbox
