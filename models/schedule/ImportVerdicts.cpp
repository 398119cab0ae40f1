// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ImportVerdicts.h"

#include "media/MediaRules.h"
#include "probe/MediaProbe.h"
#include "schedule/ScheduleRules.h"
#include "text/PlatformCounts.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::ImportVerdicts)
};

const ImportAccount *find(const QList<ImportAccount> &accounts, const QString &id)
{
    const auto found = std::find_if(accounts.begin(), accounts.end(),
                                    [&id](const ImportAccount &a) { return a.accountId == id; });
    return found == accounts.end() ? nullptr : &*found;
}

void checkMedia(const ImportRow &row, const QList<Platform> &platforms,
                const ImportVerdicts::Context &context, QList<ImportRow::Verdict> &verdicts)
{
    if (row.mediaPaths.isEmpty())
        return;
    const QString media = Tr::tr("media");
    if (!context.connected)
        verdicts.append({media, Tr::tr("Media files are uploaded as the drafts are created: "
                                       "connect to xAIcreator first.")});
    QList<MediaProbe::Kind> kinds;
    for (const QString &path : row.mediaPaths) {
        const MediaProbe::Result file = MediaProbe::probe(path);
        if (file.problem == MediaProbe::Problem::Missing)
            verdicts.append(
                {media, Tr::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path))});
        else if (!file.ok())
            verdicts.append({media, file.message});
        else if (const QString tooLarge = MediaRules::sizeRefusal(file); !tooLarge.isEmpty())
            verdicts.append({media, tooLarge});
        else
            kinds.append(file.kind);
    }
    for (const QString &sentence : MediaRules::problems(platforms, kinds))
        verdicts.append({media, sentence});
}

void checkSchedule(const ImportRow &row, bool hasKnownAccount,
                   const ImportVerdicts::Context &context, QList<ImportRow::Verdict> &verdicts)
{
    if (!row.scheduledAt.isValid())
        return;
    const QString schedule = Tr::tr("schedule");
    if (!context.connected)
        verdicts.append({schedule, Tr::tr("Scheduling needs a connection to xAIcreator.")});
    const QDateTime now = context.now.isValid() ? context.now : QDateTime::currentDateTimeUtc();
    if (const QString reason = ScheduleRules::timeRefusal(row.scheduledAt, now); !reason.isEmpty())
        verdicts.append({schedule, reason});
    if (!hasKnownAccount)
        verdicts.append({schedule, Tr::tr("A row with a time needs at least one account in its "
                                          "accounts column to publish to.")});
}
} // namespace

QList<Platform> ImportVerdicts::platformsOf(const ImportRow &row, const Context &context)
{
    QList<Platform> platforms;
    for (const QString &id : row.accountIds) {
        const ImportAccount *account = find(context.accounts, id);
        if (account && !platforms.contains(account->platform))
            platforms.append(account->platform);
    }
    // Only unknown accounts: counted like a row without any, so the text is judged as well.
    return platforms.isEmpty() ? context.defaultPlatforms : platforms;
}

QList<ImportRow::Verdict> ImportVerdicts::of(const ImportRow &row, const Context &context)
{
    QList<ImportRow::Verdict> verdicts;
    bool hasKnownAccount = false;
    for (const QString &id : row.accountIds) {
        if (find(context.accounts, id))
            hasKnownAccount = true;
        else
            verdicts.append({id, Tr::tr("There is no account with this id in your social sets.")});
    }
    const QList<Platform> platforms = platformsOf(row, context);
    for (Platform platform : platforms) {
        for (qsizetype post = 0; post < row.posts.size(); ++post) {
            const PlatformCount count =
                PlatformCounts::count(platform, row.posts.at(post), context.limits);
            if (count.valid)
                continue;
            verdicts.append({platformDisplayName(platform),
                             row.posts.size() == 1 ? Tr::tr("The post is over the limit: %1 of %2.")
                                                         .arg(count.length)
                                                         .arg(count.limit)
                                                   : Tr::tr("Post %1 is over the limit: %2 of %3.")
                                                         .arg(post + 1)
                                                         .arg(count.length)
                                                         .arg(count.limit)});
        }
    }
    checkMedia(row, platforms, context, verdicts);
    checkSchedule(row, hasKnownAccount, context, verdicts);
    return verdicts;
}

void ImportVerdicts::apply(ImportRow &row, const Context &context)
{
    row.verdicts = row.error.isEmpty() ? of(row, context) : QList<ImportRow::Verdict>();
}

} // namespace CreatorDesk
