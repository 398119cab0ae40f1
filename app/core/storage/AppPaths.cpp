// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppPaths.h"

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

} // namespace CreatorDesk
