// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

namespace CreatorDesk::Sandbox {

struct SandboxState;

// Moves due queue items along scheduled -> publishing -> published | failed, one step per tick,
// retrying a failed attempt a minute later, up to three attempts.
class Scheduler final
{
public:
    static constexpr int maxAttempts = 3;

    Scheduler(SandboxState &state, int tickMs);
    ~Scheduler();

    void stop();
    void tick();

private:
    void run();

    SandboxState &m_state;
    int m_tickMs;
    std::mutex m_wakeMutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace CreatorDesk::Sandbox
