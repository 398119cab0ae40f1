// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

namespace CreatorDesk::Sandbox {

struct SandboxOptions
{
    int port = 0;
    std::string seedFile;
    int latencyMs = 0;
    double errorRate = 0;
    double rateLimitedRate = 0;
    double dropRate = 0;
    int rateLimit = 1000;
    int rateWindowSeconds = 3600;
    int rateLimitStatus = 403; // 003 documents 403 (limit exceeded); 429 for other servers
    int tickMs = 1000;
    bool oauthEnabled = true;
    bool mediaLossAllowed = false; // README, "Lost media"
    bool exitOnStdinClose = false;
    bool showHelp = false;

    // Parses argv; on a bad argument returns nullopt and fills error.
    static std::optional<SandboxOptions> parse(int argc, char **argv, std::string &error);
    static std::string usage();
};

} // namespace CreatorDesk::Sandbox
