// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace CreatorDesk {

// One box on the calendar: a draft scheduled for one time, going to one or more accounts.
// The server lists one queue item per account; ScheduleModel keeps those items sorted so an
// entry's items are the model rows [firstRow, firstRow + rowCount).
struct ScheduleEntry
{
    QString draftId;
    QString title;
    QDateTime scheduledFor; // UTC, as requested (jitter not included)
    int firstRow = 0;
    int rowCount = 0;
    int maxJitterSeconds = 0; // the largest |jitter| of its items; 0 when jitter is off
    bool hasPending = false;  // some item still waits ("scheduled"): it can be moved or cancelled
    bool hasFailed = false;

    bool operator==(const ScheduleEntry &other) const
    {
        return draftId == other.draftId && scheduledFor == other.scheduledFor;
    }
};

} // namespace CreatorDesk
