// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublishController.h"

#include "api/ApiClient.h"
#include "text/PostHtml.h"

#include <QUuid>

namespace CreatorDesk {

PublishController::PublishController(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void PublishController::publish(const PublishDraft &draft, const PublishPlan &plan,
                                const PublishOptions &options)
{
    m_draft = draft;
    m_options = options;
    m_report = {};
    m_report.serverDraftId = draft.serverDraftId;
    for (const PlannedTarget &target : plan.targets()) {
        if (!target.allowed)
            m_report.outcomes.append(
                {target.account, AccountOutcome::State::Failed, {}, {}, target.blockedReason, {}});
    }
    if (!m_api || plan.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(m_report); }, Qt::QueuedConnection);
        return;
    }
    if (!m_draft.serverDraftId.isEmpty()) {
        sendAll(plan.requests());
        return;
    }
    // The publish endpoints take a server draft: it exists before anything is published.
    NewDraft newDraft;
    newDraft.title = draft.title;
    newDraft.socialSetId = draft.socialSetId;
    for (int post = 0; post < draft.posts.size(); ++post)
        newDraft.tweets.append({PostHtml::toHtml(draft.posts.at(post)), draft.mediaIds(post)});
    for (const SocialAccount &account : plan.allowedAccounts())
        newDraft.selectedAccountIds.append(account.accountId);
    m_creatingDraft = true;
    const QList<PlannedRequest> requests = plan.requests();
    m_api->createDraft(newDraft, this, [this, requests, plan](const Result<CreatedDraft> &created) {
        m_creatingDraft = false;
        if (!created) {
            recordError(plan.allowedAccounts(), created.error());
            Q_EMIT finished(m_report);
            return;
        }
        m_draft.serverDraftId = created.value().draft.id;
        m_report.serverDraftId = m_draft.serverDraftId;
        sendAll(requests);
    });
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
    const PublishPlan plan = PublishPlan::make(m_draft.posts, failed, m_options);
    m_report.outcomes = kept;
    for (const PlannedTarget &target : plan.targets()) {
        if (!target.allowed)
            m_report.outcomes.append(
                {target.account, AccountOutcome::State::Failed, {}, {}, target.blockedReason, {}});
    }
    if (plan.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(m_report); }, Qt::QueuedConnection);
        return;
    }
    sendAll(plan.requests());
}

void PublishController::sendAll(const QList<PlannedRequest> &requests)
{
    m_pending = int(requests.size());
    for (const PlannedRequest &request : requests)
        send(request);
}

void PublishController::send(const PlannedRequest &request)
{
    const QList<SocialAccount> accounts = request.accounts;
    const QString draftId = m_draft.serverDraftId;
    auto onOutcome = [this, accounts](const Result<PublishOutcome> &result) {
        if (!result)
            recordError(accounts, result.error());
        else
            recordResults(accounts, result.value().results);
        requestDone();
    };
    auto onPost = [this, accounts](const Result<PlatformPostResult> &result) {
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
        // A new job for every deliberate attempt; the transport repeats this one safely.
        body.jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        body.community = m_options.community;
        m_api->publishToTwitter(body, this, onOutcome);
        break;
    }
    case PlannedRequest::Kind::MultiPlatform: {
        MultiPlatformRequest body;
        body.draftId = draftId;
        for (const SocialAccount &account : accounts)
            body.targetAccounts.append({account.accountId, *account.platform, {}});
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
        m_api->publishToThreads(
            {accounts.first().accountId, draftId, {}, {}, m_options.replyControl}, this, onPost);
        break;
    case PlannedRequest::Kind::LinkedIn:
        m_api->publishToLinkedIn(
            {accounts.first().accountId, draftId, {}, {}, m_options.visibility}, this, onPost);
        break;
    }
}

void PublishController::record(const SocialAccount &account, AccountOutcome outcome)
{
    outcome.account = account;
    m_report.outcomes.append(outcome);
    Q_EMIT accountFinished(outcome);
}

void PublishController::recordError(const QList<SocialAccount> &accounts, const ApiError &error)
{
    AccountOutcome outcome;
    const bool unknown =
        error.kind == ApiError::Kind::UnknownOutcome || error.kind == ApiError::Kind::Timeout;
    outcome.state = unknown ? AccountOutcome::State::Unknown : AccountOutcome::State::Failed;
    outcome.message =
        unknown ? tr("The answer was lost, so it is not known whether this was published. "
                     "Check the account before sending it again.")
                : error.userMessage();
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
            outcome.postUrl = it->postUrl;
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

QStringList PublishDraft::mediaIds(int post) const
{
    QStringList ids;
    for (const DraftMedia &item : media.value(post))
        ids.append(item.mediaId);
    return ids;
}

QStringList PublishDraft::imageUrls() const
{
    QStringList urls;
    for (const DraftMedia &item : media.value(0)) {
        if (item.type != QLatin1String("video") && item.url.isValid())
            urls.append(item.url.toString());
    }
    return urls;
}

} // namespace CreatorDesk
