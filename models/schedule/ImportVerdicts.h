// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafts/ImportAccount.h"
#include "drafts/ImportRow.h"
#include "text/PlatformLimits.h"

#include <QDateTime>
#include <QList>

namespace CreatorDesk {

// What stands in the way of one imported row, before anything is created: each targeted
// platform's verdict from the counters, media files that are missing or that a platform's rules
// refuse, a time that has passed (or is too close), accounts that are not in the social sets,
// and what needs a connection when there is none. Pure functions, safe on any thread (they
// read the media files' first bytes).
class ImportVerdicts final
{
public:
    struct Context
    {
        QList<ImportAccount> accounts; // the known ones
        // A row that names no account is counted for these.
        QList<Platform> defaultPlatforms{Platform::Twitter};
        PlatformLimits limits;
        // Media are uploaded and times scheduled through the connection.
        bool connected = true;
        QDateTime now; // invalid: the current time
    };

    // The platforms the row goes to: those of its known accounts, else the defaults.
    static QList<Platform> platformsOf(const ImportRow &row, const Context &context);
    static QList<ImportRow::Verdict> of(const ImportRow &row, const Context &context);
    // Sets row.verdicts (rows with a parse error get none: they are skipped anyway).
    static void apply(ImportRow &row, const Context &context);
};

} // namespace CreatorDesk
