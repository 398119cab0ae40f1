// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CountCommand.h"

#include "text/PlatformCounts.h"

#include <QCoreApplication>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::CountCommand)
};

QString unitOf(Platform platform)
{
    switch (platform) {
    case Platform::Twitter:
        return Tr::tr("weighted");
    case Platform::Bluesky:
        return Tr::tr("graphemes");
    case Platform::Mastodon:
        return Tr::tr("characters");
    case Platform::Threads:
        return Tr::tr("characters");
    case Platform::LinkedIn:
        return Tr::tr("UTF-16 units");
    }
    return {};
}
} // namespace

QString CountCommand::toText(const QString &text)
{
    QString out;
    for (const PlatformCount &count : PlatformCounts::countAll(text)) {
        const QString verdict =
            count.valid ? Tr::tr("ok")
            : count.overLimitStart >= 0
                ? Tr::tr("over the limit from character %1").arg(count.overLimitStart + 1)
                : Tr::tr("not valid");
        //: %1 platform, %2 length, %3 limit, %4 unit, %5 verdict
        out += Tr::tr("%1: %2/%3 %4, %5\n")
                   .arg(platformDisplayName(count.platform), -9)
                   .arg(count.length)
                   .arg(count.limit)
                   .arg(unitOf(count.platform), verdict);
    }
    return out;
}

nlohmann::json CountCommand::toJson(const QStringList &texts)
{
    nlohmann::json out = nlohmann::json::array();
    for (const QString &text : texts) {
        nlohmann::json entry = nlohmann::json::object();
        for (const PlatformCount &count : PlatformCounts::countAll(text)) {
            const std::string key = platformId(count.platform).toStdString();
            switch (count.platform) {
            case Platform::Twitter:
                entry[key] = {{"weightedLength", count.length},
                              {"valid", count.valid},
                              {"permillage", count.permillage}};
                break;
            case Platform::Bluesky:
                entry[key] = {{"graphemes", count.length}, {"valid", count.valid}};
                break;
            case Platform::Mastodon:
            case Platform::Threads:
            case Platform::LinkedIn:
                entry[key] = {{"length", count.length}, {"valid", count.valid}};
                break;
            }
        }
        out.push_back(entry);
    }
    return out;
}

} // namespace CreatorDesk
