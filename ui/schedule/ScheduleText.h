// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/ScheduleDtos.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace CreatorDesk {

// The sentences the calendar shows about a queue item, so nothing sits in "publishing" (or
// fails) without saying what is going on, since when, and what happens next.
class ScheduleText final
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::ScheduleText)

public:
    static constexpr int MaxAttempts = 3; // the service's attempts before an item fails

    // "09:30" in `zone`, or "Tue 24 Nov, 09:30" with `withDate`.
    static QString time(const QDateTime &utc, const QTimeZone &zone, bool withDate = false);
    // One line for one platform: "X (Twitter): waiting", "... publishing since 09:31, ...",
    // "... failed after 3 attempts, last at 09:33: token expired".
    static QString statusLine(const ScheduleItem &item, const QTimeZone &zone,
                              bool retryPending = false);
    // The service's error code (lastError) as a sentence part: what happened, what to do.
    static QString errorText(const QString &code);
    // A glyph for the status in a small box: ◷ waiting, ⟳ publishing, ✓ published, ! failed.
    static QString statusGlyph(const QString &status, int attempts);
};

} // namespace CreatorDesk
