// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <nlohmann/json.hpp>

#include <mutex>
#include <string>

namespace CreatorDesk::Sandbox {

struct SandboxState;

// Decides, before a service route runs, whether the request is delayed, failed or dropped.
// Deciding first means a faulted request never changes server state.
class FaultInjector final
{
public:
    // DropAfterHandling runs the route (state changes, credits are charged) and then loses the
    // answer: the case a client must not turn into a second post.
    enum class Fault { None, InternalError, RateLimited, Drop, DropAfterHandling };

    struct Settings
    {
        int latencyMs = 0;
        int latencyJitterMs = 0;
        double errorRate = 0;
        double rateLimitedRate = 0;
        double dropRate = 0;
        double dropAfterHandlingRate = 0;
    };

    void setSettings(const Settings &settings);
    Settings settings() const;
    nlohmann::json toJson() const;

    // Sleeps for the configured latency in the calling thread, then draws the fault.
    Fault delayAndDecide() const;

    // The answer of an injected rate limit to `path`: xAIcreator's own (XaiGate::rateLimited,
    // a window that resets in a second), else the 429 with Retry-After that the other services
    // document. Locks the state.
    static ApiError rateLimitedAnswer(const std::string &path, SandboxState &state);

private:
    mutable std::mutex m_mutex;
    Settings m_settings;
};

} // namespace CreatorDesk::Sandbox
