// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/QueueCommand.h"

#include "api/ApiClient.h"
#include "cli/CliRunner.h"
#include "cli/ScheduleCommand.h"
#include "schedule/PostingQueue.h"

#include <QLocale>

#include <nlohmann/json.hpp>

namespace CreatorDesk {

namespace {
QString localText(const QDateTime &utc, const QueueSettings &settings)
{
    return QLocale().toString(utc.toTimeZone(PostingQueue::zoneOf(settings)),
                              QStringLiteral("ddd yyyy-MM-dd HH:mm t"));
}
} // namespace

QueueCommand::QueueCommand(CliRunner &runner, ApiClient *api, ScheduleCommand *sender,
                           QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_api(api)
    , m_sender(sender)
{}

void QueueCommand::withSetsAndSchedule(
    std::function<void(const SocialSetList &, const QList<ScheduleItem> &)> next)
{
    m_api->socialSets(this, [this, next](const Result<SocialSetList> &sets) {
        if (!sets) {
            m_runner.done(1, sets.error().userMessage());
            return;
        }
        m_api->schedules(this, [this, next, sets = sets.value()](const Result<ScheduleList> &list) {
            if (!list) {
                m_runner.done(1, list.error().userMessage());
                return;
            }
            next(sets, list.value().schedules);
        });
    });
}

void QueueCommand::queue(const QString &draftId)
{
    m_api->drafts({}, this, [this, draftId](const Result<DraftList> &result) {
        if (!result) {
            m_runner.done(1, result.error().userMessage());
            return;
        }
        const Draft *found = result.value().find(draftId);
        if (!found) {
            m_runner.done(1, tr("There is no server draft \"%1\".").arg(draftId));
            return;
        }
        const Draft draft = *found;
        const QStringList accounts = m_runner.options().accounts.isEmpty()
                                         ? draft.selectedAccountIds
                                         : m_runner.options().accounts;
        if (accounts.isEmpty()) {
            m_runner.done(2, tr("The draft has no selected accounts: name them with "
                                "--accounts ID,..."));
            return;
        }
        withSetsAndSchedule(
            [this, draft, accounts](const SocialSetList &sets, const QList<ScheduleItem> &items) {
                const SocialSet *set = nullptr;
                if (!sets.findAccount(accounts.constFirst(), &set) || !set) {
                    m_runner.done(
                        2, tr("No account \"%1\" in your social sets.").arg(accounts.constFirst()));
                    return;
                }
                const QueueSettings settings = m_store.settings(set->id);
                if (settings.slots.isEmpty()) {
                    m_runner.done(2, tr("The social set \"%1\" has no posting times. Set them in "
                                        "Creator Desk's Schedule section (Posting times…).")
                                         .arg(set->name));
                    return;
                }
                const QList<QDateTime> free = PostingQueue::freeTimes(
                    settings, items, accounts, QDateTime::currentDateTimeUtc(), 1);
                if (free.isEmpty()) {
                    m_runner.done(1, tr("Every posting time of the next year is taken."));
                    return;
                }
                if (!m_runner.options().json)
                    m_runner.out() << tr("Next free posting time of %1: %2")
                                          .arg(set->name, localText(free.constFirst(), settings))
                                   << Qt::endl;
                ScheduleRequest request;
                request.draftId = draft.id;
                request.scheduledFor = free.constFirst();
                request.priority = settings.priority;
                request.applyJitter = settings.applyJitter;
                m_sender->sendTo(request, accounts);
            });
    });
}

void QueueCommand::slots()
{
    const QString only = m_runner.options().socialSet;
    withSetsAndSchedule([this, only](const SocialSetList &sets, const QList<ScheduleItem> &items) {
        nlohmann::json out = nlohmann::json::array();
        int shown = 0;
        for (const SocialSet &set : sets.socialSets) {
            if (!only.isEmpty() && set.id != only)
                continue;
            const QueueSettings settings = m_store.settings(set.id);
            const QList<QDateTime> free = PostingQueue::freeTimes(
                settings, items, set.accountIds(), QDateTime::currentDateTimeUtc(), SlotsShown);
            nlohmann::json times = nlohmann::json::array();
            for (const QDateTime &when : free)
                times.push_back(when.toString(Qt::ISODate).toStdString());
            out.push_back(
                {{"socialSetId", set.id.toStdString()},
                 {"name", set.name.toStdString()},
                 {"postingTimes", PostingQueueStore::describe(settings.slots).toStdString()},
                 {"free", times}});
            if (m_runner.options().json)
                continue;
            ++shown;
            m_runner.out() << set.name << QLatin1String(": ");
            if (settings.slots.isEmpty()) {
                m_runner.out() << tr("no posting times") << Qt::endl;
                continue;
            }
            QStringList lines;
            for (const QDateTime &when : free)
                lines.append(localText(when, settings));
            m_runner.out() << PostingQueueStore::describe(settings.slots) << Qt::endl;
            for (const QString &line : lines)
                m_runner.out() << QLatin1String("  ") << line << Qt::endl;
        }
        if (m_runner.options().json)
            m_runner.out() << QString::fromStdString(out.dump()) << Qt::endl;
        else if (shown == 0)
            m_runner.out() << tr("No social set.") << Qt::endl;
        m_runner.done(0);
    });
}

} // namespace CreatorDesk
