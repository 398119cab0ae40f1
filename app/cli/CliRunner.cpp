// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliRunner.h"

#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "api/XquikClient.h"
#include "auth/KeychainSecretStore.h"
#include "auth/MemorySecretStore.h"
#include "cli/CliConnection.h"
#include "cli/CountCommand.h"
#include "cli/DraftsCommand.h"
#include "cli/KeysCommand.h"
#include "cli/LoginCommand.h"
#include "cli/MediaCommand.h"
#include "cli/PublishCommand.h"
#include "cli/ScheduleCommand.h"
#include "cli/SpellCommand.h"
#include "cli/Terminal.h"
#include "services/ServiceRegistry.h"
#include "storage/AppPaths.h"
#include "storage/ConnectionStore.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QLocale>

#include <cstdio>
#include <iostream>
#include <string>

namespace CreatorDesk {

CliRunner::CliRunner(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(stdout)
    , m_err(stderr)
    , m_registry(std::make_unique<ServiceRegistry>(ServiceRegistry::load()))
    , m_keychain(std::make_unique<KeychainSecretStore>())
    , m_session(std::make_unique<MemorySecretStore>())
    , m_store(std::make_unique<ConnectionStore>(m_keychain.get(), m_session.get(),
                                                AppPaths::connectionsFile()))
{}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    for (const QString &error : m_registry->errors())
        m_err << error << Qt::endl;
    const QString &command = m_options.command;
    if (command == QLatin1String("count")) {
        runCount();
        return;
    }
    if (command == QLatin1String("spell")) {
        SpellCommand(*this).run();
        return;
    }
    static const QStringList networkCommands{QStringLiteral("credits"), QStringLiteral("keys"),
                                             QStringLiteral("login"),   QStringLiteral("drafts"),
                                             QStringLiteral("publish"), QStringLiteral("schedule"),
                                             QStringLiteral("media")};
    if (!networkCommands.contains(command)) {
        done(2, tr("Unknown command \"%1\". Commands: credits, keys, login, count, spell, drafts, "
                   "publish, schedule, media.")
                    .arg(command));
        return;
    }
    m_connection = new CliConnection(m_options, *m_registry, &m_network, m_store.get(), this);
    connect(m_connection, &CliConnection::failed, this,
            [this](const QString &message) { done(1, message); });
    connect(m_connection, &CliConnection::opened, this, &CliRunner::run);
    m_connection->open(command != QLatin1String("login"));
}

void CliRunner::run(HttpClient *http)
{
    const QString &command = m_options.command;
    if (command == QLatin1String("credits"))
        runCredits(http);
    else if (command == QLatin1String("keys"))
        (new KeysCommand(*this, http, this))->start();
    else if (command == QLatin1String("drafts"))
        (new DraftsCommand(*this, http, this))->start();
    else if (command == QLatin1String("publish"))
        (new PublishCommand(*this, http, this))->start();
    else if (command == QLatin1String("schedule"))
        runSchedule(http);
    else if (command == QLatin1String("media"))
        (new MediaCommand(*this, http, this))->start();
    else
        (new LoginCommand(*this, http, this))->start();
}

void CliRunner::runSchedule(HttpClient *http)
{
    if (http->service().id != QLatin1String("xaicreator")) {
        done(2, tr("%1 has no schedule; scheduling is an xAIcreator feature.")
                    .arg(http->service().name));
        return;
    }
    (new ScheduleCommand(*this, http, this))->start();
}

void CliRunner::runCredits(HttpClient *http)
{
    auto report = [this, http](qint64 balance, const QDateTime &expiresAt,
                               nlohmann::json out = nlohmann::json::object()) {
        const RateLimitInfo rateLimit = http->rateLimit();
        if (m_options.json) {
            out["balance"] = balance;
            out["expiresAt"] =
                expiresAt.isValid()
                    ? nlohmann::json(expiresAt.toUTC().toString(Qt::ISODate).toStdString())
                    : nlohmann::json(nullptr);
            if (rateLimit.isKnown()) {
                out["rateLimit"] = {{"limit", rateLimit.limit}, {"remaining", rateLimit.remaining}};
                if (rateLimit.resetsAt.isValid())
                    out["rateLimit"]["resetsAt"] =
                        rateLimit.resetsAt.toString(Qt::ISODate).toStdString();
            }
            m_out << QString::fromStdString(out.dump()) << Qt::endl;
        } else {
            const QLocale locale;
            m_out << tr("Balance: %n credit(s)", nullptr, int(balance)) << Qt::endl;
            if (expiresAt.isValid())
                m_out << tr("Expires: %1")
                             .arg(locale.toString(expiresAt.toLocalTime(), QLocale::LongFormat))
                      << Qt::endl;
            if (rateLimit.isKnown())
                m_out << tr("Requests left: %1 of %2, resets %3")
                             .arg(rateLimit.remaining)
                             .arg(rateLimit.limit)
                             .arg(locale.toString(rateLimit.resetsAt.toLocalTime(),
                                                  QLocale::ShortFormat))
                      << Qt::endl;
        }
        done(0);
    };
    const QString serviceId = http->service().id;
    if (serviceId == QLatin1String("xaicreator")) {
        auto *api = new ApiClient(http, this);
        api->credits(this, [this, report](const Result<CreditBalance> &result) {
            if (!result)
                done(1, result.error().userMessage());
            else
                report(result.value().balance, result.value().expiresAt);
        });
    } else if (serviceId == QLatin1String("xquik")) {
        auto *xquik = new XquikClient(http, this);
        xquik->account(this, [this, report](const Result<XquikAccount> &result) {
            if (!result) {
                done(1, result.error().userMessage());
                return;
            }
            const XquikAccount &account = result.value();
            // Xquik's plan and quota come first; the balance follows as for xAIcreator.
            nlohmann::json plan = {{"plan", account.plan.toStdString()}};
            if (account.quotaLimit >= 0)
                plan["quota"] = {{"limit", account.quotaLimit}, {"used", account.quotaUsed}};
            if (!m_options.json) {
                m_out << tr("Plan: %1").arg(account.plan) << Qt::endl;
                if (account.quotaLimit >= 0)
                    m_out
                        << tr("Quota: %1 of %2 used").arg(account.quotaUsed).arg(account.quotaLimit)
                        << Qt::endl;
            }
            if (!account.creditBalance) {
                if (m_options.json)
                    m_out << QString::fromStdString(plan.dump()) << Qt::endl;
                done(0);
            } else {
                report(*account.creditBalance, {}, plan);
            }
        });
    } else {
        done(2, tr("%1 has no balance that Creator Desk can read.").arg(http->service().name));
    }
}

void CliRunner::runCount()
{
    PlatformCounts::Settings limits;
    limits.xPremium = m_options.xPremium;
    if (m_options.mastodonLimit > 0)
        limits.mastodon.maxCharacters = m_options.mastodonLimit;
    if (m_options.json) {
        if (!m_options.arguments.isEmpty()) {
            done(2, tr("count --json reads a JSON array of strings from standard input, not "
                       "arguments."));
            return;
        }
        m_out.flush();
        QString error;
        Terminal::readInputAsData();
        if (!CountCommand::streamJson(stdin, stdout, limits, error)) {
            done(2, tr("--json expects a JSON array of strings on standard input. %1").arg(error));
            return;
        }
        done(0);
        return;
    }
    if (m_options.arguments.isEmpty()) {
        QFile input;
        Terminal::readInputAsData();
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            done(2, tr("Standard input cannot be read."));
            return;
        }
        m_out << CountCommand::toText(QString::fromUtf8(input.readAll()), limits);
        done(0);
        return;
    }
    m_out << CountCommand::toText(m_options.arguments.join(QLatin1Char(' ')), limits);
    done(0);
}

bool CliRunner::askYesNo(const QString &question)
{
    if (!Terminal::isInteractive(stdin) || !Terminal::isInteractive(stderr))
        return false;
    std::fputs((question + tr(" [y/N] ")).toLocal8Bit().constData(), stderr);
    std::string line;
    std::getline(std::cin, line);
    const QString answer = QString::fromLocal8Bit(line).trimmed();
    return answer.compare(tr("y"), Qt::CaseInsensitive) == 0 ||
           answer.compare(tr("yes"), Qt::CaseInsensitive) == 0;
}

void CliRunner::whenKeyCanBeKept(QObject *context, const QString &refusal,
                                 std::function<void(const QString &keychainProblem)> mint)
{
    if (m_options.demo) {
        mint({}); // the demo keeps nothing
        return;
    }
    m_store->probeKeychain(context, [this, refusal, mint](const SecretResult &probe) {
        if (!probe.ok() && !m_options.printKey) {
            done(1, refusal.arg(probe.message));
            return;
        }
        mint(probe.ok() ? QString() : probe.message);
    });
}

void CliRunner::printKeyOnce(const QString &key, const QString &said)
{
    m_err << said << Qt::endl;
    m_out << key << Qt::endl;
    done(0);
}

void CliRunner::done(int exitCode, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (!message.isEmpty())
        m_err << message << Qt::endl;
    m_out.flush();
    m_err.flush();
    if (m_connection) {
        connect(m_connection, &CliConnection::stopped, this,
                [this, exitCode] { Q_EMIT finished(exitCode); });
        m_connection->close();
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}

} // namespace CreatorDesk
