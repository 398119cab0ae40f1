// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/PublishController.h"

#include "api/ApiClient.h"
#include "publish/ConnectivityMonitor.h"
#include "text/PostHtml.h"

#include <QHash>
#include <QRegularExpression>
#include <QUuid>

namespace CreatorDesk {

namespace {
// An account the plan held back (over a limit, unknown platform): failed, and never sent.
AccountOutcome heldBack(const PlannedTarget &target)
{
    AccountOutcome outcome;
    outcome.account = target.account;
    outcome.state = AccountOutcome::State::Failed;
    outcome.message = target.blockedReason;
    outcome.blocked = true;
    return outcome;
}

// Bluesky answers with the post's AT URI only (at://DID/app.bsky.feed.post/KEY); its web
// page is https://bsky.app/profile/DID/post/KEY.
QUrl blueskyWebUrl(const QString &atUri)
{
    static const QRegularExpression pattern(
        QStringLiteral("^at://([^/]+)/app\\.bsky\\.feed\\.post/([A-Za-z0-9._~:-]+)$"));
    const QRegularExpressionMatch match = pattern.match(atUri);
    if (!match.hasMatch())
        return {};
    return QUrl(QStringLiteral("https://bsky.app/profile/%1/post/%2")
                    .arg(match.captured(1), match.captured(2)));
}
} // namespace

PublishController::PublishController(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void PublishController::publish(const PublishDraft &draft, const PublishPlan &plan,
                                const PublishOptions &options)
{
    m_draft = draft;
    m_options = options;
    m_textIsLocal = draft.serverDraftId.isEmpty();
    m_report = {};
    m_report.serverDraftId = draft.serverDraftId;
    for (const PlannedTarget &target : plan.targets()) {
        if (!target.allowed)
            m_report.outcomes.append(heldBack(target));
    }
    if (!m_api || plan.isEmpty()) {
        finishLater();
        return;
    }
    start(plan);
}

void PublishController::start(const PublishPlan &plan)
{
    if (!m_draft.serverDraftId.isEmpty()) {
        sendAll(plan.requests());
        return;
    }
    // The publish endpoints take a server draft: it exists before anything is published.
    NewDraft newDraft;
    newDraft.title = m_draft.title;
    newDraft.socialSetId = m_draft.socialSetId;
    for (int post = 0; post < m_draft.posts.size(); ++post)
        newDraft.tweets.append({PostHtml::toHtml(m_draft.posts.at(post)), m_draft.mediaIds(post)});
    for (const SocialAccount &account : plan.allowedAccounts())
        newDraft.selectedAccountIds.append(account.accountId);
    m_creatingDraft = true;
    m_api->createDraft(newDraft, this, [this, plan](const Result<CreatedDraft> &created) {
        m_creatingDraft = false;
        if (!created) {
            draftFailed(plan.allowedAccounts(), created.error());
            Q_EMIT finished(m_report);
            return;
        }
        m_draft.serverDraftId = created.value().draft.id;
        m_report.serverDraftId = m_draft.serverDraftId;
        sendAll(plan.requests());
    });
}

void PublishController::draftFailed(const QList<SocialAccount> &accounts, const ApiError &error)
{
    // Nothing was published whatever happened to the draft: at worst a second server draft
    // appears, never a second post. So every account failed, and sending again is safe.
    AccountOutcome outcome;
    outcome.state = AccountOutcome::State::Failed;
    outcome.notSent = ConnectivityMonitor::isUnreachable(error);
    outcome.errorCode = error.code;
    const bool lost = !outcome.notSent && (error.kind == ApiError::Kind::UnknownOutcome ||
                                           error.kind == ApiError::Kind::Timeout ||
                                           error.kind == ApiError::Kind::Network);
    outcome.message = lost ? tr("The answer to creating the server draft was lost, so nothing "
                                "was published. Sending again is safe.")
                           : error.userMessage();
    for (const SocialAccount &account : accounts)
        record(account, outcome);
}

void PublishController::retryFailed()
{
    QList<SocialAccount> failed;
    QList<AccountOutcome> kept;
    for (const AccountOutcome &outcome : std::as_const(m_report.outcomes)) {
        if (outcome.state == AccountOutcome::State::Failed)
            failed.append(outcome.account);
        else
            kept.append(outcome);
    }
    const PublishPlan plan = PublishPlan::make(m_draft.posts, failed, m_options, m_draft.media);
    m_report.outcomes = kept;
    for (const PlannedTarget &target : plan.targets()) {
        if (!target.allowed)
            m_report.outcomes.append(heldBack(target));
    }
    if (plan.isEmpty() || !m_api) {
        finishLater();
        return;
    }
    start(plan);
}

int PublishController::checkableUnknownCount() const
{
    return int(std::count_if(
        m_report.outcomes.cbegin(), m_report.outcomes.cend(), [](const AccountOutcome &o) {
            return o.state == AccountOutcome::State::Unknown && !o.jobId.isEmpty();
        }));
}

int PublishController::uncheckableUnknownCount() const
{
    return m_report.count(AccountOutcome::State::Unknown) - checkableUnknownCount();
}

void PublishController::checkUnknown()
{
    // The same accounts under the same jobId as before, or the server would see another job.
    QList<QString> jobs;
    QHash<QString, QList<SocialAccount>> accountsOfJob;
    QList<AccountOutcome> kept;
    for (const AccountOutcome &outcome : std::as_const(m_report.outcomes)) {
        if (outcome.state == AccountOutcome::State::Unknown && !outcome.jobId.isEmpty()) {
            if (!jobs.contains(outcome.jobId))
                jobs.append(outcome.jobId);
            accountsOfJob[outcome.jobId].append(outcome.account);
        } else {
            kept.append(outcome);
        }
    }
    if (jobs.isEmpty() || !m_api) {
        finishLater();
        return;
    }
    m_report.outcomes = kept;
    m_pending = int(jobs.size());
    for (const QString &job : std::as_const(jobs))
        send({PlannedRequest::Kind::Twitter, accountsOfJob.value(job)}, job);
}

void PublishController::sendUnknownAgain()
{
    QList<SocialAccount> unknown;
    QList<AccountOutcome> kept;
    for (const AccountOutcome &outcome : std::as_const(m_report.outcomes)) {
        if (outcome.state == AccountOutcome::State::Unknown && outcome.jobId.isEmpty())
            unknown.append(outcome.account);
        else
            kept.append(outcome);
    }
    const PublishPlan plan = PublishPlan::make(m_draft.posts, unknown, m_options, m_draft.media);
    if (plan.isEmpty() || !m_api) {
        finishLater();
        return;
    }
    m_report.outcomes = kept;
    start(plan);
}

void PublishController::finishLater()
{
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_report); }, Qt::QueuedConnection);
}

void PublishController::sendAll(const QList<PlannedRequest> &requests)
{
    m_pending = int(requests.size());
    for (const PlannedRequest &request : requests) {
        // The draft's own jobId goes with its first X request only.
        QString jobId;
        if (request.kind == PlannedRequest::Kind::Twitter && !m_draft.jobId.isEmpty()) {
            jobId = m_draft.jobId;
            m_draft.jobId.clear();
        }
        send(request, jobId);
    }
}

void PublishController::send(const PlannedRequest &request, QString jobId)
{
    const QList<SocialAccount> accounts = request.accounts;
    const QString draftId = m_draft.serverDraftId;
    // A new job for every deliberate attempt unless one is given (outbox, check); the
    // transport repeats this one safely.
    if (request.kind == PlannedRequest::Kind::Twitter && jobId.isEmpty())
        jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto onOutcome = [this, accounts, jobId](const Result<PublishOutcome> &result) {
        m_currentJobId = jobId;
        if (!result)
            recordError(accounts, result.error());
        else
            recordResults(accounts, result.value().results);
        m_currentJobId.clear();
        requestDone();
    };
    auto onPost = [this, accounts](const Result<PlatformPostResult> &result) {
        m_currentJobId.clear();
        if (!result)
            recordError(accounts, result.error());
        else
            recordResults(accounts, {result.value().result});
        requestDone();
    };
    switch (request.kind) {
    case PlannedRequest::Kind::Twitter: {
        TwitterPublishRequest body;
        body.draftId = draftId;
        for (const SocialAccount &account : accounts)
            body.accountIds.append(account.accountId);
        body.jobId = jobId;
        body.community = m_options.community;
        m_api->publishToTwitter(body, this, onOutcome);
        break;
    }
    case PlannedRequest::Kind::MultiPlatform: {
        MultiPlatformRequest body;
        body.draftId = draftId;
        const QString communityId = m_options.community ? m_options.community->id : QString();
        for (const SocialAccount &account : accounts)
            body.targetAccounts.append(
                {account.accountId, *account.platform,
                 account.platform == Platform::Twitter ? communityId : QString()});
        m_api->publishMultiPlatform(body, this, onOutcome);
        break;
    }
    case PlannedRequest::Kind::Bluesky:
    case PlannedRequest::Kind::Mastodon: {
        SocialPostRequest body;
        body.accountUuid = accounts.first().accountId;
        body.texts = m_draft.posts;
        body.asThread = m_draft.posts.size() > 1;
        body.langs = m_options.langs;
        body.imageUrls = m_draft.imageUrls();
        if (request.kind == PlannedRequest::Kind::Bluesky)
            m_api->publishToBluesky(body, this, onPost);
        else
            m_api->publishToMastodon(body, this, onPost);
        break;
    }
    case PlannedRequest::Kind::Threads:
    case PlannedRequest::Kind::LinkedIn: {
        // A local draft of one post goes as its text and media URLs, exactly as written; a
        // thread, or media whose URLs are not known here, as the server draft.
        const QStringList mediaUrls = m_draft.mediaUrls();
        const bool asText = m_textIsLocal && m_draft.posts.size() == 1 &&
                            mediaUrls.size() == m_draft.media.value(0).size();
        const QString id = asText ? QString() : draftId;
        const QString text = asText ? m_draft.posts.first() : QString();
        const QStringList urls = asText ? mediaUrls : QStringList();
        const QString accountId = accounts.first().accountId;
        if (request.kind == PlannedRequest::Kind::Threads)
            m_api->publishToThreads({accountId, id, text, urls, m_options.replyControl}, this,
                                    onPost);
        else
            m_api->publishToLinkedIn({accountId, id, text, urls, m_options.visibility}, this,
                                     onPost);
        break;
    }
    case PlannedRequest::Kind::Quote:
        m_api->quoteTweet(
            {m_draft.posts.value(0), m_options.quoteTweetId, accounts.first().accountId}, this,
            [this, accounts](const Result<QuoteResult> &result) {
                if (!result) {
                    recordError(accounts, result.error());
                } else {
                    AccountOutcome outcome;
                    outcome.state = AccountOutcome::State::Published;
                    outcome.postId = result.value().tweetId;
                    outcome.postUrl = result.value().url;
                    record(accounts.first(), outcome);
                }
                requestDone();
            });
        break;
    }
}

void PublishController::record(const SocialAccount &account, AccountOutcome outcome)
{
    outcome.account = account;
    outcome.jobId = m_currentJobId;
    m_report.outcomes.append(outcome);
    Q_EMIT accountFinished(outcome);
}

void PublishController::recordError(const QList<SocialAccount> &accounts, const ApiError &error)
{
    AccountOutcome outcome;
    // Never reached the server: nothing can have been posted, so the outbox may send it later.
    const bool notSent = ConnectivityMonitor::isUnreachable(error);
    // Any other lost answer, also of a request the transport already repeated with its jobId.
    const bool unknown = !notSent && (error.kind == ApiError::Kind::UnknownOutcome ||
                                      error.kind == ApiError::Kind::Timeout ||
                                      error.kind == ApiError::Kind::Network);
    outcome.state = unknown ? AccountOutcome::State::Unknown : AccountOutcome::State::Failed;
    outcome.notSent = notSent;
    if (!unknown)
        outcome.message = error.userMessage();
    else if (!m_currentJobId.isEmpty())
        outcome.message = tr("The answer was lost, so it is not known whether this was published. "
                             "\"Check again\" asks the server about this very job; it cannot "
                             "post twice.");
    else
        outcome.message = tr("The answer was lost, so it is not known whether this was published. "
                             "Check the account before sending it again.");
    outcome.errorCode = error.code;
    for (const SocialAccount &account : accounts)
        record(account, outcome);
}

void PublishController::recordResults(const QList<SocialAccount> &accounts,
                                      const QList<PlatformResult> &results)
{
    for (const SocialAccount &account : accounts) {
        const auto it = std::find_if(results.cbegin(), results.cend(),
                                     [&account, &results](const PlatformResult &r) {
                                         return r.accountId == account.accountId ||
                                                (results.size() == 1 && r.accountId.isEmpty());
                                     });
        AccountOutcome outcome;
        if (it == results.cend()) {
            outcome.state = AccountOutcome::State::Unknown;
            outcome.message = tr("The service did not say what happened for this account. Check it "
                                 "before sending again.");
        } else if (it->success) {
            outcome.state = AccountOutcome::State::Published;
            outcome.postId = it->postId;
            outcome.postUrl = it->postUrl.isValid() ? it->postUrl : blueskyWebUrl(it->postId);
        } else {
            ApiError error;
            error.code = it->errorCode;
            error.message = it->message;
            outcome.state = AccountOutcome::State::Failed;
            outcome.errorCode = it->errorCode;
            if (!it->errorCode.isEmpty())
                outcome.message = error.userMessage();
            else if (!it->message.isEmpty())
                outcome.message = it->message;
            else
                outcome.message = tr("The service refused to publish to this account.");
        }
        record(account, outcome);
    }
}

void PublishController::requestDone()
{
    if (--m_pending == 0)
        Q_EMIT finished(m_report);
}

} // namespace CreatorDesk
