// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxOptions.h"

#include <stdexcept>

namespace CreatorDesk::Sandbox {

std::optional<SandboxOptions> SandboxOptions::parse(int argc, char **argv, std::string &error)
{
    SandboxOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc)
                throw std::invalid_argument(arg + " needs a value");
            return argv[++i];
        };
        try {
            if (arg == "--port")
                options.port = std::stoi(next());
            else if (arg == "--seed")
                options.seedFile = next();
            else if (arg == "--latency-ms")
                options.latencyMs = std::stoi(next());
            else if (arg == "--error-rate")
                options.errorRate = std::stod(next());
            else if (arg == "--rate-limited-rate")
                options.rateLimitedRate = std::stod(next());
            else if (arg == "--drop-rate")
                options.dropRate = std::stod(next());
            else if (arg == "--rate-limit")
                options.rateLimit = std::stoi(next());
            else if (arg == "--rate-window-seconds")
                options.rateWindowSeconds = std::stoi(next());
            else if (arg == "--rate-limit-status")
                options.rateLimitStatus = std::stoi(next());
            else if (arg == "--tick-ms")
                options.tickMs = std::stoi(next());
            else if (arg == "--no-oauth")
                options.oauthEnabled = false;
            else if (arg == "--allow-media-loss")
                options.mediaLossAllowed = true;
            else if (arg == "--exit-on-stdin-close")
                options.exitOnStdinClose = true;
            else if (arg == "--help" || arg == "-h")
                options.showHelp = true;
            else
                throw std::invalid_argument("unknown option " + arg);
        } catch (const std::exception &e) {
            error = std::string("creatordesk-sandbox: ") + e.what() + " (" + arg + ")";
            return std::nullopt;
        }
    }
    if (options.port < 0 || options.port > 65535 || options.tickMs < 1 ||
        options.rateWindowSeconds < 1 || options.rateLimit < 0 ||
        (options.rateLimitStatus != 403 && options.rateLimitStatus != 429)) {
        error = "creatordesk-sandbox: a numeric option is out of range";
        return std::nullopt;
    }
    return options;
}

std::string SandboxOptions::usage()
{
    return "Usage: creatordesk-sandbox [options]\n"
           "Local in-memory xAIcreator, Xquik, oqui and example APIs on 127.0.0.1.\n\n"
           "  --port N                 port to bind (default 0 = any free port)\n"
           "  --seed FILE              JSON data set (default: built-in demo data)\n"
           "  --latency-ms N           added latency per request\n"
           "  --error-rate F           fraction of requests answered 500 INTERNAL_ERROR\n"
           "  --rate-limited-rate F    fraction of requests answered as rate limited\n"
           "  --drop-rate F            fraction of connections dropped without a response\n"
           "  --rate-limit N           xAIcreator requests per window per key (default 1000)\n"
           "  --rate-window-seconds N  rate-limit window (default 3600)\n"
           "  --rate-limit-status N    xAIcreator's rate-limit answer: 403 as documented\n"
           "                           (default), or 429 with Retry-After\n"
           "  --tick-ms N              scheduler tick (default 1000)\n"
           "  --no-oauth               OAuth endpoints answer 500 OAUTH_NOT_CONFIGURED\n"
           "  --allow-media-loss       accept a draft's text sent to a platform endpoint\n"
           "                           without its media's URLs (as the service would)\n"
           "  --exit-on-stdin-close    stop when standard input reaches end of file\n"
           "  --help                   this text\n\n"
           "Prints one line, http://127.0.0.1:PORT, once it listens.\n";
}

} // namespace CreatorDesk::Sandbox
