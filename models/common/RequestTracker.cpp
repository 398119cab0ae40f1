// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RequestTracker.h"

#include "api/ApiJob.h"

namespace CreatorDesk {

int RequestTracker::next()
{
    cancel();
    return m_ticket;
}

void RequestTracker::cancel()
{
    // The ticket moves first: abort() may report the old job at once, and that answer must
    // already count as stale.
    ++m_ticket;
    if (m_job)
        m_job->abort();
    m_job = nullptr;
}

} // namespace CreatorDesk
