// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/PlatformCount.h"
#include "text/PlatformLimits.h"

#include <QList>
#include <QString>

namespace CreatorDesk {

// Counts one text for every platform with that platform's counter (COUNTING.md). Pure
// functions: safe to call from any thread, on every keystroke.
class PlatformCounts final
{
public:
    using Settings = PlatformLimits;

    static int limitOf(Platform platform, const Settings &settings = {});
    static PlatformCount count(Platform platform, const QString &text,
                               const Settings &settings = {});
    static QList<PlatformCount> countAll(const QString &text, const Settings &settings = {});
};

} // namespace CreatorDesk
