// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultInjector.h"

#include "SandboxState.h"
#include "XaiGate.h"

#include <QRandomGenerator>

#include <chrono>
#include <thread>

namespace CreatorDesk::Sandbox {

void FaultInjector::setSettings(const Settings &settings)
{
    std::lock_guard lock(m_mutex);
    m_settings = settings;
}

FaultInjector::Settings FaultInjector::settings() const
{
    std::lock_guard lock(m_mutex);
    return m_settings;
}

nlohmann::json FaultInjector::toJson() const
{
    const Settings s = settings();
    return {{"latencyMs", s.latencyMs}, {"latencyJitterMs", s.latencyJitterMs},
            {"errorRate", s.errorRate}, {"rateLimitedRate", s.rateLimitedRate},
            {"dropRate", s.dropRate},   {"dropAfterHandlingRate", s.dropAfterHandlingRate}};
}

FaultInjector::Fault FaultInjector::delayAndDecide() const
{
    const Settings s = settings();
    auto *random = QRandomGenerator::global();
    int delay = s.latencyMs;
    if (s.latencyJitterMs > 0)
        delay += random->bounded(s.latencyJitterMs + 1);
    if (delay > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(delay));

    // One draw split into bands, so the three rates add up as expected.
    const double draw = random->generateDouble();
    if (draw < s.dropRate)
        return Fault::Drop;
    if (draw < s.dropRate + s.errorRate)
        return Fault::InternalError;
    if (draw < s.dropRate + s.errorRate + s.rateLimitedRate)
        return Fault::RateLimited;
    if (draw < s.dropRate + s.errorRate + s.rateLimitedRate + s.dropAfterHandlingRate)
        return Fault::DropAfterHandling;
    return Fault::None;
}

ApiError FaultInjector::rateLimitedAnswer(const std::string &path, SandboxState &state)
{
    const bool otherService = path.rfind("/xquik/", 0) == 0 || path.rfind("/oqui/", 0) == 0 ||
                              path.rfind("/example/", 0) == 0;
    if (otherService) {
        return ApiError(429,
                        {{"success", false},
                         {"error", "RATE_LIMITED"},
                         {"message", "Too many requests; try again in 1 second (injected fault)."},
                         {"retry_after", 1}},
                        {{"Retry-After", "1"}});
    }
    std::lock_guard lock(state.mutex);
    return XaiGate::rateLimited(state, Util::toEpochSeconds(Util::Clock::now()) + 1);
}

} // namespace CreatorDesk::Sandbox
