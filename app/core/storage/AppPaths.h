// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CreatorDesk {

// Where Creator Desk keeps its files, shared by the GUI and the CLI (whose application names
// differ, so QSettings' defaults would not be).
class AppPaths final
{
public:
    static QString configDirectory(); // created on first use
    static QString connectionsFile();
};

} // namespace CreatorDesk
