// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scheduler.h"

#include "PlatformPublisher.h"
#include "SandboxState.h"

namespace CreatorDesk::Sandbox {

Scheduler::Scheduler(SandboxState &state, int tickMs)
    : m_state(state)
    , m_tickMs(tickMs)
    , m_thread([this] { run(); })
{}

Scheduler::~Scheduler()
{
    stop();
}

void Scheduler::stop()
{
    {
        std::lock_guard lock(m_wakeMutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void Scheduler::run()
{
    std::unique_lock lock(m_wakeMutex);
    while (
        !m_wake.wait_for(lock, std::chrono::milliseconds(m_tickMs), [this] { return m_stopping; }))
        tick();
}

void Scheduler::tick()
{
    std::lock_guard lock(m_state.mutex);
    const auto now = Util::Clock::now();
    for (ScheduleItem &item : m_state.schedules) {
        if (item.status == "scheduled" && now >= item.dueAt) {
            item.status = "publishing";
            continue;
        }
        if (item.status != "publishing")
            continue;

        ++item.attempts;
        item.lastAttemptAt = Util::toIso(now);
        std::string ownerId;
        const SocialAccount *account = m_state.findAccount(item.accountUuid, &ownerId);
        auto user = m_state.users.find(item.userId);
        std::optional<std::string> error;
        if (!account || ownerId != item.userId || user == m_state.users.end())
            error = "NOT_FOUND";
        else if (account->tokenExpired)
            error = "TOKEN_EXPIRED";
        else if (m_state.availableCredits(user->second) < PlatformPublisher::creditsPerPost)
            error = "INSUFFICIENT_CREDITS";

        if (!error) {
            PlatformPublisher::charge(user->second, PlatformPublisher::creditsPerPost);
            item.status = "published";
            item.lastError.reset();
            item.publishedUrl = PlatformPublisher::publicUrl(PlatformPublisher::postData(*account));
            auto draft = m_state.drafts.find(item.draftId);
            if (draft != m_state.drafts.end()) {
                draft->second.status = "published";
                draft->second.updatedAt = Util::toIso(now);
            }
        } else {
            item.lastError = error;
            if (item.attempts < maxAttempts) {
                item.status = "scheduled";
                item.dueAt = now + std::chrono::minutes(1);
            } else {
                item.status = "failed";
            }
        }
    }
}

} // namespace CreatorDesk::Sandbox
