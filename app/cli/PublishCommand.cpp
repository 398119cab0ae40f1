// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/PublishCommand.h"

#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "cli/CliRunner.h"
#include "publish/PublishController.h"

#include <nlohmann/json.hpp>

namespace CreatorDesk {

PublishCommand::PublishCommand(CliRunner &runner, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_api(std::make_unique<ApiClient>(http))
{}

PublishCommand::~PublishCommand() = default;

void PublishCommand::start()
{
    const CliOptions &options = m_runner.options();
    m_draftId = options.arguments.value(0);
    for (const QString &id : options.accounts)
        m_accountIds.append(id.trimmed());
    if (options.arguments.size() != 1 || m_accountIds.isEmpty()) {
        m_runner.done(2, tr("Usage: publish DRAFT_ID --accounts ID[,ID...] "
                            "[--community ID[:NAME] [--community-description TEXT]] "
                            "[--quote URL] [--reply-control everyone|accounts_you_follow|"
                            "mentioned_only] [--visibility PUBLIC|CONNECTIONS|LOGGED_IN]"));
        return;
    }
    if (!options.community.isEmpty()) {
        // ID alone goes as the X targets' communityId; with a name, as /twitter/publish's
        // community object.
        const qsizetype colon = options.community.indexOf(QLatin1Char(':'));
        Community community{options.community.left(colon).trimmed(),
                            colon < 0 ? QString() : options.community.mid(colon + 1).trimmed(),
                            options.communityDescription.trimmed()};
        if (community.id.isEmpty()) {
            m_runner.done(2, tr("--community needs the community's ID: --community ID[:NAME]."));
            return;
        }
        if (community.name.isEmpty() && !community.description.isEmpty()) {
            m_runner.done(2, tr("--community-description goes with the community's name: "
                                "--community ID:NAME."));
            return;
        }
        m_options.community = community;
    } else if (!options.communityDescription.isEmpty()) {
        m_runner.done(2, tr("--community-description needs --community ID:NAME."));
        return;
    }
    if (!options.quote.isEmpty()) {
        m_options.quoteTweetId = PublishOptions::tweetIdFrom(options.quote);
        if (m_options.quoteTweetId.isEmpty()) {
            m_runner.done(2, tr("--quote needs a link to a post on X or its number."));
            return;
        }
    }
    const QString reply = options.replyControl.toLower();
    if (reply == QLatin1String("everyone"))
        m_options.replyControl = ReplyControl::Everyone;
    else if (reply == QLatin1String("accounts_you_follow"))
        m_options.replyControl = ReplyControl::AccountsYouFollow;
    else if (reply == QLatin1String("mentioned_only"))
        m_options.replyControl = ReplyControl::MentionedOnly;
    else if (!reply.isEmpty()) {
        m_runner.done(2, tr("--reply-control is everyone, accounts_you_follow or mentioned_only."));
        return;
    }
    const QString visibility = options.visibility.toUpper();
    if (visibility == QLatin1String("PUBLIC"))
        m_options.visibility = LinkedInVisibility::Public;
    else if (visibility == QLatin1String("CONNECTIONS"))
        m_options.visibility = LinkedInVisibility::Connections;
    else if (visibility == QLatin1String("LOGGED_IN"))
        m_options.visibility = LinkedInVisibility::LoggedIn;
    else if (!visibility.isEmpty()) {
        m_runner.done(2, tr("--visibility is PUBLIC, CONNECTIONS or LOGGED_IN."));
        return;
    }

    m_api->drafts({}, this, [this](const Result<DraftList> &result) {
        if (!result) {
            m_runner.done(1, result.error().userMessage());
            return;
        }
        const Draft *draft = result.value().find(m_draftId);
        if (!draft) {
            m_runner.done(1, tr("There is no server draft \"%1\". \"creatordesk-cli\" publishes "
                                "drafts saved to the server.")
                                 .arg(m_draftId));
            return;
        }
        for (const DraftTweet &tweet : draft->tweets) {
            m_posts.append(tweet.plainText);
            // Only their ids are known: the plan sends them with the draft, never drops them.
            QList<DraftMedia> media;
            for (const QString &mediaId : tweet.mediaIds)
                media.append(DraftMedia{mediaId, {}, {}, 0, {}, {}});
            m_media.append(media);
        }
        m_socialSetId = draft->socialSetId;
        loadAccounts();
    });
}

void PublishCommand::loadAccounts()
{
    m_api->socialSets(this, [this](const Result<SocialSetList> &result) {
        if (!result) {
            m_runner.done(1, result.error().userMessage());
            return;
        }
        for (const QString &id : std::as_const(m_accountIds)) {
            const SocialAccount *found = result.value().findAccount(id);
            if (!found) {
                m_runner.done(1, tr("No social set has the account \"%1\".").arg(id));
                return;
            }
            m_accounts.append(*found);
        }
        checkCredits();
    });
}

void PublishCommand::checkCredits()
{
    m_api->credits(this, [this](const Result<CreditBalance> &result) {
        const PublishPlan plan = PublishPlan::make(m_posts, m_accounts, m_options, m_media);
        for (const PlannedTarget &target : plan.targets()) {
            if (!target.allowed)
                m_runner.err() << tr("%1 (%2): not sent: %3")
                                      .arg(target.account.username, target.account.platformName,
                                           target.blockedReason)
                               << Qt::endl;
        }
        if (plan.isEmpty()) {
            m_runner.done(1, tr("Nothing can be published to these accounts."));
            return;
        }
        // Said before anything is sent; the server checks again.
        if (result && !plan.shortfall(result.value().balance).isEmpty()) {
            m_runner.done(1, plan.shortfall(result.value().balance));
            return;
        }
        publish();
    });
}

void PublishCommand::publish()
{
    m_controller = new PublishController(m_api.get(), this);
    connect(m_controller, &PublishController::finished, this, [this](const PublishReport &report) {
        nlohmann::json out = nlohmann::json::array();
        for (const AccountOutcome &outcome : report.outcomes) {
            QString state;
            const char *stateId = "failed";
            QString detail = outcome.message;
            switch (outcome.state) {
            case AccountOutcome::State::Published:
                state = tr("published");
                stateId = "published";
                // A web link where the platform gives one, else its id for the post (at://...).
                detail = outcome.postUrl.isValid() ? outcome.postUrl.toString() : outcome.postId;
                break;
            case AccountOutcome::State::Failed:
                state = tr("failed");
                break;
            case AccountOutcome::State::Unknown:
                state = tr("unknown outcome");
                stateId = "unknown";
                break;
            }
            if (m_runner.options().json) {
                out.push_back({{"accountId", outcome.account.accountId.toStdString()},
                               {"platform", outcome.account.platformName.toStdString()},
                               {"state", stateId},
                               {"postId", outcome.postId.toStdString()},
                               {"url", outcome.postUrl.toString().toStdString()},
                               {"message", outcome.message.toStdString()},
                               {"jobId", outcome.jobId.toStdString()}});
            } else {
                m_runner.out() << tr("%1 (%2): %3 %4")
                                      .arg(outcome.account.username, outcome.account.platformName,
                                           state, detail)
                               << Qt::endl;
            }
        }
        if (m_runner.options().json)
            m_runner.out() << QString::fromStdString(out.dump()) << Qt::endl;
        const int all = int(report.outcomes.size());
        if (report.count(AccountOutcome::State::Unknown) > 0)
            m_runner.done(3, tr("Some answers were lost: check those accounts before publishing "
                                "again."));
        else
            m_runner.done(report.count(AccountOutcome::State::Published) == all ? 0 : 1);
    });
    m_controller->publish({{}, m_posts, m_socialSetId, m_draftId, {}, m_media},
                          PublishPlan::make(m_posts, m_accounts, m_options, m_media), m_options);
}

} // namespace CreatorDesk
