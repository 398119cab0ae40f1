// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ScheduleCommand.h"

#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "cli/CliRunner.h"
#include "cli/QueueCommand.h"
#include "schedule/ScheduleRules.h"

#include <nlohmann/json.hpp>

#include <QLocale>

namespace CreatorDesk {

namespace {

std::string iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

nlohmann::json optionalJson(const QString &text)
{
    return text.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(text.toStdString());
}

} // namespace

ScheduleCommand::ScheduleCommand(CliRunner &runner, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_api(new ApiClient(http, this))
{}

QDateTime ScheduleCommand::parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

void ScheduleCommand::start()
{
    const QStringList &arguments = m_runner.options().arguments;
    const QString action = arguments.value(0);
    if (action == QLatin1String("list") && arguments.size() == 1)
        list();
    else if (action == QLatin1String("add") && arguments.size() == 2)
        add(arguments.at(1));
    else if (action == QLatin1String("cancel") && arguments.size() == 2)
        cancel(arguments.at(1));
    else if (action == QLatin1String("queue") && arguments.size() == 2)
        (new QueueCommand(m_runner, m_api, this, this))->queue(arguments.at(1));
    else if (action == QLatin1String("slots") && arguments.size() == 1)
        (new QueueCommand(m_runner, m_api, this, this))->slots();
    else
        m_runner.done(2, tr("Usage: schedule list | schedule add DRAFT_ID --at ISO-TIME "
                            "[--accounts ID,...] [--priority N] [--no-jitter] | "
                            "schedule cancel DRAFT_ID | schedule queue DRAFT_ID "
                            "[--accounts ID,...] | schedule slots [--social-set ID]"));
}

void ScheduleCommand::list()
{
    m_api->schedules(this, [this](const Result<ScheduleList> &result) {
        if (!result) {
            m_runner.done(1, result.error().userMessage());
            return;
        }
        QList<ScheduleItem> items = result.value().schedules;
        std::stable_sort(items.begin(), items.end(),
                         [](const ScheduleItem &a, const ScheduleItem &b) {
                             return a.scheduledFor < b.scheduledFor;
                         });
        if (m_runner.options().json) {
            nlohmann::json out = nlohmann::json::array();
            for (const ScheduleItem &item : items)
                out.push_back({{"id", item.id.toStdString()},
                               {"draftId", item.draftId.toStdString()},
                               {"draftTitle", item.draftTitle.toStdString()},
                               {"scheduledFor", iso(item.scheduledFor)},
                               {"platform", item.platformName.toStdString()},
                               {"accountUuid", item.accountUuid.toStdString()},
                               {"status", optionalJson(item.status)},
                               {"attempts", item.attempts},
                               {"lastError", optionalJson(item.lastError)},
                               {"publishedUrl", optionalJson(item.publishedUrl)}});
            m_runner.out() << QString::fromStdString(out.dump()) << Qt::endl;
        } else if (items.isEmpty()) {
            m_runner.out() << tr("Nothing is scheduled.") << Qt::endl;
        } else {
            const QLocale locale;
            for (const ScheduleItem &item : items) {
                QString line = tr("%1  %2  %3  %4 (%5)")
                                   .arg(locale.toString(item.scheduledFor.toLocalTime(),
                                                        QStringLiteral("yyyy-MM-dd HH:mm")),
                                        item.status.isEmpty() ? tr("scheduled") : item.status,
                                        item.platformName, item.draftTitle, item.draftId);
                if (!item.lastError.isEmpty())
                    line +=
                        tr(" · attempts %1, last error: %2").arg(item.attempts).arg(item.lastError);
                m_runner.out() << line << Qt::endl;
            }
        }
        m_runner.done(0);
    });
}

void ScheduleCommand::add(const QString &draftId)
{
    const CliOptions &options = m_runner.options();
    if (options.at.isEmpty()) {
        m_runner.done(2, tr("schedule add needs --at, e.g. --at 2026-12-01T09:00:00Z."));
        return;
    }
    ScheduleRequest request;
    request.draftId = draftId;
    request.scheduledFor = parseTime(options.at);
    if (!request.scheduledFor.isValid()) {
        m_runner.done(
            2, tr("\"%1\" is not an ISO 8601 time such as 2026-12-01T09:00:00Z.").arg(options.at));
        return;
    }
    if (const QString reason =
            ScheduleRules::timeRefusal(request.scheduledFor, QDateTime::currentDateTimeUtc());
        !reason.isEmpty()) {
        m_runner.done(2, reason);
        return;
    }
    if (!options.priority.isEmpty()) {
        bool ok = false;
        request.priority = options.priority.toInt(&ok);
        if (!ok) {
            m_runner.done(2, tr("--priority needs a whole number, such as 0 or 5."));
            return;
        }
    }
    request.applyJitter = !options.noJitter;
    if (!options.accounts.isEmpty()) {
        sendTo(request, options.accounts);
        return;
    }
    // The draft's selected accounts, named with their platforms: left to the service, they
    // would all be taken for the legacy default platform (twitter).
    m_api->drafts({}, this, [this, request](const Result<DraftList> &result) {
        if (!result) {
            m_runner.done(1, result.error().userMessage());
            return;
        }
        const Draft *draft = result.value().find(request.draftId);
        if (!draft) {
            m_runner.done(1, tr("There is no server draft \"%1\".").arg(request.draftId));
            return;
        }
        if (draft->selectedAccountIds.isEmpty()) {
            m_runner.done(2, tr("The draft has no selected accounts: name them with "
                                "--accounts ID,..."));
            return;
        }
        sendTo(request, draft->selectedAccountIds);
    });
}

void ScheduleCommand::sendTo(ScheduleRequest request, const QStringList &accountIds)
{
    // Each account's platform comes from the social sets, so only ids need typing.
    m_api->socialSets(
        this, [this, request, accountIds](const Result<SocialSetList> &result) mutable {
            if (!result) {
                m_runner.done(1, result.error().userMessage());
                return;
            }
            for (const QString &id : accountIds) {
                const SocialAccount *account = result.value().findAccount(id);
                if (!account || !account->platform) {
                    m_runner.done(2, tr("No account \"%1\" in your social sets.").arg(id));
                    return;
                }
                request.targetAccounts.append({id, *account->platform, {}});
            }
            send(request);
        });
}

void ScheduleCommand::send(ScheduleRequest request)
{
    m_api->schedule(request, this, [this](const Result<ScheduleConfirmation> &result) {
        if (!result) {
            m_runner.done(1, result.error().userMessage());
            return;
        }
        const ScheduleConfirmation &confirmation = result.value();
        if (m_runner.options().json)
            m_runner.out() << QString::fromStdString(
                                  nlohmann::json{{"scheduledFor", iso(confirmation.scheduledFor)},
                                                 {"accountCount", confirmation.accountCount}}
                                      .dump())
                           << Qt::endl;
        else
            m_runner.out() << tr("Scheduled for %1 to %n account(s).", nullptr,
                                 confirmation.accountCount)
                                  .arg(QLocale().toString(confirmation.scheduledFor.toLocalTime(),
                                                          QStringLiteral("yyyy-MM-dd HH:mm")))
                           << Qt::endl;
        m_runner.done(0);
    });
}

void ScheduleCommand::cancel(const QString &draftId)
{
    m_api->cancelSchedule(draftId, this, [this](const Result<Acknowledgement> &result) {
        if (!result) {
            m_runner.done(1, result.error().userMessage());
            return;
        }
        if (m_runner.options().json)
            m_runner.out() << QStringLiteral("{\"cancelled\":true}") << Qt::endl;
        else
            m_runner.out() << tr("Cancelled.") << Qt::endl;
        m_runner.done(0);
    });
}

} // namespace CreatorDesk
