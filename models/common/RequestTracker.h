// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"

#include <QPointer>

namespace CreatorDesk {

// Keeps only the newest request of a model alive: starting one aborts the previous, and a
// late answer to an older request (or to another connection) is recognised and dropped.
class RequestTracker final
{
public:
    // Aborts the request in flight, if any, and returns the ticket of the next one.
    int next();
    void track(ApiJob *job) { m_job = job; }
    bool isCurrent(int ticket) const { return ticket == m_ticket; }
    // Aborts the request in flight; its answer will not be current.
    void cancel();

private:
    int m_ticket = 0;
    QPointer<ApiJob> m_job;
};

} // namespace CreatorDesk
