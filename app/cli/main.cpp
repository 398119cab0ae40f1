// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"
#include "cli/CliRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

using namespace CreatorDesk;

namespace {
// The context of the command line's own words (its help and options), for lupdate to find.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::Cli)
};
} // namespace

int main(int argc, char *argv[])
{
    // The terminal is for answers; progress notes only when asked for (QT_LOGGING_RULES).
    QLoggingCategory::setFilterRules(QStringLiteral("creatordesk.*.info=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("creatordesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("CreatorDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREATORDESK_VERSION));
    Translations::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Creator Desk on the command line.\n\n"
        "Commands:\n"
        "  credits                     the credit balance, its expiry and the rate limit\n"
        "  count [TEXT]                a text's length against each platform's limit\n"
        "  count --json                the same for a JSON array of strings on standard\n"
        "                              input, read and answered one text at a time\n"
        "                              (limits: --x-premium, --mastodon-limit N)\n"
        "  spell [--lang xx_YY] [TEXT]\n"
        "                              the misspelt words, one a line with up to five\n"
        "                              suggestions (--json: an array); exit code 1 when\n"
        "                              there is any; without TEXT, standard input\n"
        "  keys list                   the service's API keys\n"
        "  keys create --name NAME     a new key, stored in the keychain as a connection\n"
        "  keys revoke ID              revoke a key (not the one in use)\n"
        "  keys verify                 check that the connection's key works (where that\n"
        "                              costs credits, only with --spend-credit or a yes)\n"
        "  login --email ADDRESS       sign in (the password is read from standard input)\n"
        "  login --google | --twitter  sign in in the browser\n"
        "  drafts list [--social-set ID]  the server's drafts (of one social set)\n"
        "  drafts create --title T --post TEXT [--post TEXT ...] [--accounts ID,...]\n"
        "               [--status draft|scheduled|published] [--template ID]\n"
        "                              a server draft (prints its id); posts over a\n"
        "                              targeted platform's limit are refused\n"
        "  drafts import FILE [--dry-run] [--json]  drafts from a CSV, text or Markdown\n"
        "                              file, read and answered one row at a time: each\n"
        "                              row's verdicts, then (unless --dry-run) its local\n"
        "                              draft, scheduled where the row has a time; stops at\n"
        "                              the first failure (exit 1), 2 for a bad file\n"
        "  publish DRAFT_ID --accounts ID[,ID...]  publish a server draft now (options:\n"
        "                              --community ID[:NAME] [--community-description T],\n"
        "                              --quote, --reply-control, --visibility)\n"
        "  schedule list               the publishing queue, soonest first\n"
        "  schedule add DRAFT_ID --at TIME [--accounts ID,...] [--priority N] [--no-jitter]\n"
        "                              schedule a server draft (ISO 8601 time); without\n"
        "                              --accounts, to the draft's selected accounts\n"
        "  schedule cancel DRAFT_ID    cancel a draft's waiting schedule\n"
        "  schedule queue DRAFT_ID [--accounts ID,...]  schedule a server draft for its\n"
        "                              social set's next free posting time (prints it)\n"
        "  schedule slots [--social-set ID]  the posting queues' next free times\n"
        "  media upload FILE...        upload pictures, GIFs or videos (prints mediaId, url)\n\n"
        "Keys are never taken from the command line: they come from the keychain (a stored\n"
        "connection) or from the environment variable named by --key-env."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Cli::tr("Use the built-in demo sandbox."));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        Cli::tr("The service's base URL (https, or http to this computer)."),
        QStringLiteral("url"));
    const QCommandLineOption service(QStringLiteral("service"),
                                     Cli::tr("The service: xaicreator, xquik, oqui or example."),
                                     QStringLiteral("name"), QStringLiteral("xaicreator"));
    const QCommandLineOption connection(QStringLiteral("connection"),
                                        Cli::tr("A stored connection, by name or id."),
                                        QStringLiteral("name"));
    const QCommandLineOption keyEnv(
        QStringLiteral("key-env"), Cli::tr("The environment variable that holds the API key."),
        QStringLiteral("variable"), QStringLiteral("CREATORDESK_API_KEY"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        Cli::tr(
            "Machine-readable JSON (count: read a JSON array of strings from standard input)."));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Cli::tr("keys create: the new key's name."),
                                  QStringLiteral("name"));
    const QCommandLineOption email(QStringLiteral("email"),
                                   Cli::tr("login: the account's email address."),
                                   QStringLiteral("address"));
    const QCommandLineOption google(QStringLiteral("google"),
                                    Cli::tr("login: sign in with Google."));
    const QCommandLineOption twitter(QStringLiteral("twitter"), Cli::tr("login: sign in with X."));
    const QCommandLineOption printKey(
        QStringLiteral("print-key"),
        Cli::tr("login, keys create: if no keychain can keep the new key, print it once instead."));
    const QCommandLineOption spendCredit(
        QStringLiteral("spend-credit"),
        Cli::tr("keys verify: allow a check that costs credits (oqui's costs one)."));
    const QCommandLineOption at(
        QStringLiteral("at"), Cli::tr("schedule add: when, ISO 8601 (UTC with Z, or local time)."),
        QStringLiteral("time"));
    const QCommandLineOption title(QStringLiteral("title"), Cli::tr("drafts create: the title."),
                                   QStringLiteral("title"));
    const QCommandLineOption post(QStringLiteral("post"),
                                  Cli::tr("drafts create: a post's text (repeat for a thread)."),
                                  QStringLiteral("text"));
    const QCommandLineOption accounts(
        QStringLiteral("accounts"),
        Cli::tr("drafts create, publish, schedule add: the account ids, separated by commas."),
        QStringLiteral("ids"));
    const QCommandLineOption community(
        QStringLiteral("community"),
        Cli::tr("publish: post into this X community: its ID, or ID:NAME to send its name too "
                "(an ID alone goes as each X target's communityId)."),
        QStringLiteral("id[:name]"));
    const QCommandLineOption communityDescription(
        QStringLiteral("community-description"),
        Cli::tr("publish: the X community's description (with --community ID:NAME)."),
        QStringLiteral("text"));
    const QCommandLineOption priority(
        QStringLiteral("priority"),
        Cli::tr("schedule add: the queue priority (a number, default 0)."), QStringLiteral("n"));
    const QCommandLineOption noJitter(
        QStringLiteral("no-jitter"),
        Cli::tr(
            "schedule add: publish at exactly that time (no random offset of up to 3 minutes)."));
    const QCommandLineOption socialSet(QStringLiteral("social-set"),
                                       Cli::tr("drafts list: only the drafts of this social set."),
                                       QStringLiteral("id"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        Cli::tr(
            "drafts create: the draft's status (draft, scheduled or published; default draft)."),
        QStringLiteral("status"));
    const QCommandLineOption templateId(
        QStringLiteral("template"), Cli::tr("drafts create: the template the draft was made from."),
        QStringLiteral("id"));
    const QCommandLineOption quote(QStringLiteral("quote"),
                                   Cli::tr("publish: quote this post on X (link or number)."),
                                   QStringLiteral("post"));
    const QCommandLineOption replyControl(
        QStringLiteral("reply-control"),
        Cli::tr(
            "publish: who can reply on Threads (everyone, accounts_you_follow, mentioned_only)."),
        QStringLiteral("who"));
    const QCommandLineOption visibility(
        QStringLiteral("visibility"),
        Cli::tr("publish: who sees it on LinkedIn (PUBLIC, CONNECTIONS, LOGGED_IN)."),
        QStringLiteral("who"));
    parser.addOptions({demo,     baseUrl,   service, connection,   keyEnv,      json,  name,
                       email,    google,    twitter, printKey,     spendCredit, title, post,
                       accounts, community, quote,   replyControl, visibility,  at});
    const QCommandLineOption xPremium(
        QStringLiteral("x-premium"),
        Cli::tr("count: the X account has X Premium (25,000 weighted characters)."));
    const QCommandLineOption mastodonLimit(
        QStringLiteral("mastodon-limit"),
        Cli::tr("count: the Mastodon instance's character limit (default 500)."), Cli::tr("N"));
    parser.addOptions({communityDescription, priority, noJitter, socialSet, status, templateId});
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        Cli::tr("spell: the dictionary's language, e.g. en_US or de_DE (default: the system's)."),
        QStringLiteral("xx_YY"));
    parser.addOptions({xPremium, mastodonLimit, lang});
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        Cli::tr("drafts import: show each row's verdicts and create nothing."));
    parser.addOption(dryRun);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        Cli::tr("credits, count, spell, keys, login, drafts, publish, schedule or media"));
    parser.addPositionalArgument(QStringLiteral("arguments"), Cli::tr("the command's arguments"),
                                 QStringLiteral("[arguments...]"));
    parser.process(app);

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        parser.showHelp(2);

    CliOptions options;
    options.command = positional.takeFirst();
    options.arguments = positional;
    options.demo = parser.isSet(demo);
    options.json = parser.isSet(json);
    options.serviceId = parser.value(service);
    options.connectionName = parser.value(connection);
    options.keyVariable = parser.value(keyEnv);
    options.name = parser.value(name);
    options.email = parser.value(email);
    options.google = parser.isSet(google);
    options.twitter = parser.isSet(twitter);
    options.printKey = parser.isSet(printKey);
    options.spendCredit = parser.isSet(spendCredit);
    options.title = parser.value(title);
    options.posts = parser.values(post);
    for (const QString &id : parser.value(accounts).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.accounts.append(id.trimmed());
    options.community = parser.value(community);
    options.communityDescription = parser.value(communityDescription);
    options.priority = parser.value(priority);
    options.noJitter = parser.isSet(noJitter);
    options.socialSet = parser.value(socialSet);
    options.status = parser.value(status);
    options.templateId = parser.value(templateId);
    options.quote = parser.value(quote);
    options.replyControl = parser.value(replyControl);
    options.visibility = parser.value(visibility);
    options.at = parser.value(at);
    options.xPremium = parser.isSet(xPremium);
    options.language = parser.value(lang);
    options.dryRun = parser.isSet(dryRun);
    if (parser.isSet(mastodonLimit)) {
        bool ok = false;
        options.mastodonLimit = parser.value(mastodonLimit).toInt(&ok);
        if (!ok || options.mastodonLimit <= 0 || options.mastodonLimit > 1'000'000) {
            std::fputs(
                qPrintable(Cli::tr("--mastodon-limit takes a number of characters, e.g. 11000.\n")),
                stderr);
            return 2;
        }
    }
    if (parser.isSet(baseUrl))
        options.baseUrl = QUrl::fromUserInput(parser.value(baseUrl));

    CliRunner runner(options);
    QObject::connect(&runner, &CliRunner::finished, &app, &QCoreApplication::exit);
    runner.start();
    return app.exec();
}
