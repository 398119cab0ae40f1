// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace CreatorDesk {

QString AppPaths::configDirectory()
{
    const QString directory =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
        QStringLiteral("/CreatorDesk");
    QDir().mkpath(directory);
    return directory;
}

QString AppPaths::connectionsFile()
{
    return configDirectory() + QStringLiteral("/connections.ini");
}

QString AppPaths::postingQueueFile()
{
    return configDirectory() + QStringLiteral("/posting-queue.json");
}

QString AppPaths::outboxFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/outbox.json");
}

QString AppPaths::spendingHistoryFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/spending-history.json");
}

QString AppPaths::personalDictionaryFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/CreatorDesk/personal-dictionary.txt");
}

QString AppPaths::pastedImagesFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/pasted");
}

} // namespace CreatorDesk
