// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DraftsCommand.h"

#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "cli/CliRunner.h"
#include "drafts/ImportReader.h"
#include "schedule/ImportRunner.h"
#include "storage/DraftStore.h"
#include "text/PlatformCounts.h"
#include "text/PostHtml.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

namespace CreatorDesk {

namespace {
std::string iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate).toStdString() : std::string();
}

// The app's drafts folder, so that imported drafts are in its Drafts pane: its
// AppDataLocation, which follows the app's organisation and application names, not the CLI's.
QString appDraftsFolder()
{
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("Creator Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("creatordesk"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/drafts");
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    return folder;
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
    else if (action == QLatin1String("import") && m_runner.options().arguments.size() == 2)
        importFile();
    else
        m_runner.done(2, tr("Usage: drafts list [--social-set ID] | drafts create --title TITLE "
                            "--post TEXT [--post TEXT ...] [--accounts ID,...] "
                            "[--status draft|scheduled|published] [--template ID] | "
                            "drafts import FILE [--dry-run] [--json]"));
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

void DraftsCommand::importFile()
{
    const CliOptions &options = m_runner.options();
    m_reader = std::make_unique<ImportReader>(options.arguments.at(1));
    if (m_reader->hasError()) {
        m_runner.done(2, m_reader->errorString());
        return;
    }
    m_context.limits.xPremium = options.xPremium;
    if (options.mastodonLimit > 0)
        m_context.limits.mastodon.maxCharacters = options.mastodonLimit;
    // The rows' account ids are checked against the social sets (a read; nothing is created).
    m_api->socialSets(this, [this](const Result<SocialSetList> &result) {
        if (!result) {
            m_runner.done(1, tr("Could not read your social sets, which the rows' accounts are "
                                "checked against: %1")
                                 .arg(result.error().userMessage()));
            return;
        }
        m_context.accounts = ImportAccount::fromSocialSets(result.value().socialSets);
        if (m_runner.options().dryRun)
            importDryRun();
        else
            importRows();
    });
}

void DraftsCommand::importDryRun()
{
    ImportRow row;
    while (m_reader->next(row)) {
        ImportVerdicts::apply(row, m_context);
        m_rowTrouble = m_rowTrouble || !row.isImportable();
        printRow(row, {}, {});
    }
    endImport({});
}

void DraftsCommand::importRows()
{
    auto *store = new DraftStore(appDraftsFolder(), this);
    auto *runner = new ImportRunner(store, m_api, this);
    runner->setAccounts(m_context.accounts);
    connect(runner, &ImportRunner::rowFinished, this, [this](int, bool ok, const QString &text) {
        m_rowTrouble = m_rowTrouble || !ok;
        // For scripts, what became of the row in one word.
        QString result = QStringLiteral("created");
        if (!ok)
            result =
                m_current.isImportable() ? QStringLiteral("failed") : QStringLiteral("skipped");
        else if (m_current.scheduledAt.isValid())
            result = QStringLiteral("scheduled");
        printRow(m_current, result, text);
    });
    connect(runner, &ImportRunner::finished, this, [this, store](const QString &summary) {
        store->flush();
        endImport(summary);
    });
    // One row is read only when the one before it is done: memory stays flat.
    runner->start([this](ImportRow &row) {
        if (!m_reader->next(row))
            return false;
        ImportVerdicts::apply(row, m_context);
        m_current = row;
        return true;
    });
}

void DraftsCommand::printRow(const ImportRow &row, const QString &result, const QString &message)
{
    QTextStream &out = m_runner.out();
    if (m_runner.options().json) {
        nlohmann::json problems = nlohmann::json::array();
        if (!row.error.isEmpty())
            problems.push_back({{"target", "row"}, {"problem", row.error.toStdString()}});
        for (const ImportRow::Verdict &verdict : row.verdicts)
            problems.push_back({{"target", verdict.target.toStdString()},
                                {"problem", verdict.problem.toStdString()}});
        nlohmann::json posts = nlohmann::json::array();
        for (const QString &post : row.posts)
            posts.push_back(post.toStdString());
        nlohmann::json accounts = nlohmann::json::array();
        for (const QString &account : row.accountIds)
            accounts.push_back(account.toStdString());
        nlohmann::json line = {{"row", row.number},
                               {"posts", posts},
                               {"scheduledAt", row.scheduledAt.isValid()
                                                   ? nlohmann::json(iso(row.scheduledAt))
                                                   : nlohmann::json(nullptr)},
                               {"accounts", accounts},
                               {"problems", problems}};
        if (!result.isEmpty()) {
            line["result"] = result.toStdString();
            line["message"] = message.toStdString();
        }
        // One object a line, written as it is known (the stream's buffer is flushed at the end).
        out << QString::fromStdString(line.dump()) << '\n';
        return;
    }
    const QString problems = row.problemText().replace(QLatin1Char('\n'), QLatin1String("; "));
    out << row.number << '\t' << tr("%n post(s)", nullptr, int(row.posts.size())) << '\t'
        << (row.scheduledAt.isValid() ? QString::fromStdString(iso(row.scheduledAt))
                                      : QStringLiteral("-"))
        << '\t'
        << (row.accountIds.isEmpty() ? QStringLiteral("-") : row.accountIds.join(QLatin1Char(',')))
        << '\t' << (problems.isEmpty() ? tr("fits everywhere") : problems);
    if (!message.isEmpty())
        out << '\t' << message;
    out << '\n';
}

void DraftsCommand::endImport(const QString &summary)
{
    m_runner.out().flush();
    if (m_reader->hasError()) {
        // A file that cannot be read to its end: what was done before stays done.
        m_runner.done(2, summary.isEmpty()
                             ? m_reader->errorString()
                             : tr("%1 Before that: %2").arg(m_reader->errorString(), summary));
        return;
    }
    m_runner.done(m_rowTrouble ? 1 : 0, summary);
}

} // namespace CreatorDesk
