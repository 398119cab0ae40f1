// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DraftsCommand.h"

#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "cli/CliRunner.h"
#include "text/PlatformCounts.h"
#include "text/PostHtml.h"

#include <nlohmann/json.hpp>

#include <QLocale>

namespace CreatorDesk {

namespace {
std::string iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate).toStdString() : std::string();
}
} // namespace

DraftsCommand::DraftsCommand(CliRunner &runner, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_api(new ApiClient(http, this))
{}

DraftsCommand::~DraftsCommand() = default;

void DraftsCommand::start()
{
    const QString action = m_runner.options().arguments.value(0);
    if (action == QLatin1String("list") && m_runner.options().arguments.size() == 1)
        list();
    else if (action == QLatin1String("create") && m_runner.options().arguments.size() == 1)
        create();
    else
        m_runner.done(2, tr("Usage: drafts list [--social-set ID] | drafts create --title TITLE "
                            "--post TEXT [--post TEXT ...] [--accounts ID,...] "
                            "[--status draft|scheduled|published] [--template ID]"));
}

void DraftsCommand::list()
{
    m_api->drafts(m_runner.options().socialSet, this, [this](const Result<DraftList> &result) {
        if (!result) {
            m_runner.done(1, result.error().userMessage());
            return;
        }
        const QList<Draft> &drafts = result.value().drafts;
        if (m_runner.options().json) {
            nlohmann::json out = nlohmann::json::array();
            for (const Draft &draft : drafts) {
                out.push_back({{"id", draft.id.toStdString()},
                               {"title", draft.title.toStdString()},
                               {"status", draft.status.toStdString()},
                               {"posts", draft.tweets.size()},
                               {"socialSetId", draft.socialSetId.toStdString()},
                               {"scheduledFor", iso(draft.scheduledFor)},
                               {"updatedAt", iso(draft.updatedAt)}});
            }
            m_runner.out() << QString::fromStdString(out.dump()) << Qt::endl;
            m_runner.done(0);
            return;
        }
        if (drafts.isEmpty()) {
            m_runner.out() << tr("No drafts on the server.") << Qt::endl;
            m_runner.done(0);
            return;
        }
        for (const Draft &draft : drafts) {
            m_runner.out() << draft.id << '\t' << draft.status << '\t'
                           << tr("%n post(s)", nullptr, int(draft.tweets.size())) << '\t'
                           << QLocale().toString(draft.updatedAt.toLocalTime(),
                                                 QLocale::ShortFormat)
                           << '\t' << draft.title << Qt::endl;
        }
        m_runner.done(0);
    });
}

void DraftsCommand::create()
{
    const CliOptions &options = m_runner.options();
    if (options.posts.isEmpty()) {
        m_runner.done(2, tr("A draft needs at least one --post TEXT."));
        return;
    }
    if (options.accounts.isEmpty()) {
        // No accounts: counted for X, like a new draft in the editor.
        if (const QString refusal = overLimit({Platform::Twitter}); !refusal.isEmpty()) {
            m_runner.done(1, refusal);
            return;
        }
        createFor({});
        return;
    }
    m_api->socialSets(this, [this](const Result<SocialSetList> &result) {
        if (!result) {
            m_runner.done(1, result.error().userMessage());
            return;
        }
        createFor(result.value());
    });
}

QString DraftsCommand::overLimit(const QList<Platform> &platforms) const
{
    const QStringList &posts = m_runner.options().posts;
    for (qsizetype row = 0; row < posts.size(); ++row) {
        for (Platform platform : platforms) {
            const PlatformCount count = PlatformCounts::count(platform, posts.at(row));
            if (count.valid)
                continue;
            return tr("Post %1 is too long for %2: %3 of %4. Nothing was sent.")
                .arg(row + 1)
                .arg(platformDisplayName(platform))
                .arg(count.length)
                .arg(count.limit);
        }
    }
    return {};
}

void DraftsCommand::createFor(const SocialSetList &sets)
{
    const CliOptions &options = m_runner.options();
    NewDraft draft;
    draft.title = options.title.isEmpty() ? tr("Untitled draft") : options.title;
    draft.status = options.status;
    draft.templateId = options.templateId;
    QList<Platform> platforms;
    for (const QString &accountId : options.accounts) {
        const SocialSet *set = nullptr;
        const SocialAccount *found = sets.findAccount(accountId, &set);
        if (!found) {
            m_runner.done(2,
                          tr("No account with the id \"%1\" in your social sets.").arg(accountId));
            return;
        }
        if (draft.socialSetId.isEmpty())
            draft.socialSetId = set->id;
        if (found->platform && !platforms.contains(*found->platform))
            platforms.append(*found->platform);
        draft.selectedAccountIds.append(accountId);
    }
    if (platforms.isEmpty())
        platforms.append(Platform::Twitter);
    if (const QString refusal = overLimit(platforms); !refusal.isEmpty()) {
        m_runner.done(1, refusal);
        return;
    }
    for (const QString &post : options.posts)
        draft.tweets.append({PostHtml::toHtml(post), {}});
    m_api->createDraft(draft, this, [this](const Result<CreatedDraft> &result) {
        if (!result) {
            m_runner.done(1, result.error().userMessage());
            return;
        }
        const Draft &created = result.value().draft;
        if (m_runner.options().json)
            m_runner.out() << QString::fromStdString(
                                  nlohmann::json{{"id", created.id.toStdString()},
                                                 {"title", created.title.toStdString()},
                                                 {"posts", created.tweets.size()}}
                                      .dump())
                           << Qt::endl;
        else
            m_runner.out() << created.id << Qt::endl;
        m_runner.done(0);
    });
}

} // namespace CreatorDesk
