// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/DraftScheduler.h"

#include "api/ApiClient.h"
#include "drafts/DraftDocument.h"
#include "storage/DraftStore.h"
#include "text/PostHtml.h"

namespace CreatorDesk {

DraftScheduler::DraftScheduler(QObject *parent)
    : QObject(parent)
    , m_leadSeconds(ScheduleRules::MinimumLeadSeconds)
{}

std::optional<LocalDraft> DraftScheduler::localDraft(const QString &localId) const
{
    if (m_document && m_document->isOpen() && m_document->id() == localId)
        return m_document->snapshot();
    if (m_store)
        return m_store->load(localId);
    return std::nullopt;
}

QString DraftScheduler::refusal(const LocalDraft &draft, const ScheduleChoice &choice,
                                std::optional<qint64> balance) const
{
    if (!m_client)
        return tr("Not connected: choose an xAIcreator connection in the toolbar, then "
                  "schedule again.");
    if (QString reason =
            ScheduleRules::refusal(choice, QDateTime::currentDateTimeUtc(), balance, m_leadSeconds);
        !reason.isEmpty())
        return reason;
    QList<Platform> platforms;
    QList<LocalDraft::Account> accounts;
    for (const TargetAccount &target : choice.targets) {
        if (!platforms.contains(target.platform))
            platforms.append(target.platform);
        for (const LocalDraft::Account &account : draft.accounts) {
            if (account.accountId == target.accountId)
                accounts.append(account);
        }
    }
    return ScheduleRules::draftRefusal(draft, platforms,
                                       m_limitsOf ? m_limitsOf(accounts) : PlatformLimits());
}

QString DraftScheduler::schedule(const LocalDraft &draft, const ScheduleChoice &choice,
                                 std::optional<qint64> balance)
{
    if (m_busy)
        return tr("A draft is still being scheduled. Try again in a moment.");
    if (QString reason = refusal(draft, choice, balance); !reason.isEmpty())
        return reason;
    m_busy = true;
    const QString localId = draft.id;
    if (!draft.serverCopies.isEmpty()) {
        sendSchedule(localId, draft.serverCopies.constLast().id, choice);
        return {};
    }
    // The draft is on disk before the request that depends on it.
    if (m_store)
        m_store->flush();
    NewDraft newDraft;
    newDraft.title = draft.title.trimmed().isEmpty() ? tr("Untitled draft") : draft.title;
    for (const LocalDraft::Post &post : draft.posts) {
        if (post.text.trimmed().isEmpty() && draft.posts.size() > 1)
            continue;
        newDraft.tweets.append({PostHtml::toHtml(post.text), post.mediaIds});
    }
    newDraft.socialSetId = draft.socialSetId;
    for (const LocalDraft::Account &account : draft.accounts)
        newDraft.selectedAccountIds.append(account.accountId);
    m_client->createDraft(
        newDraft, this, [this, localId, choice](const Result<CreatedDraft> &result) {
            if (!result) {
                m_busy = false;
                Q_EMIT failed(
                    tr("Could not create the server draft: %1").arg(result.error().userMessage()));
                return;
            }
            const Draft &created = result.value().draft;
            const LocalDraft::ServerCopy copy{created.id, created.createdAt.isValid()
                                                              ? created.createdAt.toUTC()
                                                              : QDateTime::currentDateTimeUtc()};
            recordServerCopy(localId, copy);
            Q_EMIT serverDraftCreated(localId, copy);
            sendSchedule(localId, created.id, choice);
        });
    return {};
}

void DraftScheduler::recordServerCopy(const QString &localId, const LocalDraft::ServerCopy &copy)
{
    if (m_document && m_document->isOpen() && m_document->id() == localId) {
        m_document->addServerCopy(copy);
        return;
    }
    if (!m_store)
        return;
    if (std::optional<LocalDraft> stored = m_store->load(localId)) {
        stored->serverCopies.append(copy);
        m_store->save(*stored);
    }
}

void DraftScheduler::sendSchedule(const QString &localId, const QString &serverId,
                                  const ScheduleChoice &choice)
{
    m_client->schedule(
        choice.requestFor(serverId), this,
        [this, localId, serverId](const Result<ScheduleConfirmation> &result) {
            m_busy = false;
            if (!result) {
                Q_EMIT failed(
                    tr("Could not schedule the draft: %1").arg(result.error().userMessage()));
                return;
            }
            Q_EMIT scheduled(localId, serverId, result.value().scheduledFor);
        });
}

} // namespace CreatorDesk
