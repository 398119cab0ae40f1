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
    // The app's data (AppDataLocation): the publishing outbox, the spending history.
    static QString outboxFile();
    static QString spendingHistoryFile();
    // Where images pasted into a post are kept as files (a cache: they can be made again).
    static QString pastedImagesFolder();
};

} // namespace CreatorDesk
