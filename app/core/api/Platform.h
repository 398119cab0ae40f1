// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace CreatorDesk {

// The social platforms xAIcreator publishes to.
enum class Platform { Twitter, Bluesky, Mastodon, Threads, LinkedIn };

QString platformId(Platform platform); // "twitter", as the API spells it
std::optional<Platform> platformFromId(const QString &id);
QString platformDisplayName(Platform platform); // "X", "Bluesky", ...
QList<Platform> allPlatforms();

} // namespace CreatorDesk
