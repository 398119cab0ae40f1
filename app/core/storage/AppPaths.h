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
    // The social sets' posting queues, shared by the app and creatordesk-cli.
    static QString postingQueueFile();
    // The app's data (AppDataLocation): the publishing outbox, the spending history.
    static QString outboxFile();
    static QString spendingHistoryFile();
    // The person's own spelling words, one a line (PersonalDictionary). Shared by the GUI and the
    // CLI, like connectionsFile(), so a word added in one is known to the other.
    static QString personalDictionaryFile();
    // Where images pasted into a post are kept as files (a cache: they can be made again).
    static QString pastedImagesFolder();
};

} // namespace CreatorDesk
