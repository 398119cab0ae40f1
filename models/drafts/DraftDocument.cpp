// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/DraftDocument.h"

#include "api/ApiClient.h"
#include "drafts/ThreadHistory.h"
#include "drafts/ThreadModel.h"
#include "storage/DraftStore.h"
#include "text/PostHtml.h"

namespace CreatorDesk {

DraftDocument::DraftDocument(DraftStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(new ThreadModel(this))
    , m_history(new ThreadHistory(m_thread, this))
{
    connect(m_thread, &ThreadModel::contentChanged, this, &DraftDocument::markModified);
}

QList<Platform> DraftDocument::platformsOf(const QList<LocalDraft::Account> &accounts)
{
    QList<Platform> platforms;
    for (Platform platform : allPlatforms()) {
        for (const LocalDraft::Account &account : accounts) {
            if (platformFromId(account.platform) == platform) {
                platforms.append(platform);
                break;
            }
        }
    }
    if (platforms.isEmpty())
        platforms.append(Platform::Twitter);
    return platforms;
}

void DraftDocument::open(const LocalDraft &draft)
{
    m_loading = true;
    m_id = draft.id;
    m_title = draft.title;
    m_socialSetId = draft.socialSetId;
    m_accounts = draft.accounts;
    m_serverCopies = draft.serverCopies;
    m_created = draft.created;
    m_modified = draft.modified;
    m_scheduledFor = draft.scheduledFor;
    m_language = draft.language;
    m_place = draft.place;
    QStringList texts;
    QList<QStringList> media;
    for (const LocalDraft::Post &post : draft.posts) {
        texts.append(post.text);
        media.append(post.mediaIds);
    }
    m_thread->setPlatforms(platformsOf(m_accounts));
    m_thread->setPosts(texts, media);
    for (qsizetype row = 0; row < draft.posts.size(); ++row) {
        if (!draft.posts.at(row).media.isEmpty())
            m_thread->setMedia(int(row), draft.posts.at(row).media);
    }
    m_history->reset(); // undo stops at the draft as it was opened
    m_loading = false;
    if (m_store)
        m_store->setLastOpenId(m_id);
    Q_EMIT opened();
    Q_EMIT titleChanged(m_title);
    Q_EMIT accountsChanged();
    Q_EMIT modifiedChanged();
}

void DraftDocument::openNew()
{
    LocalDraft draft;
    draft.id = DraftStore::newId();
    draft.created = draft.modified = QDateTime::currentDateTimeUtc();
    draft.posts.append(LocalDraft::Post{});
    draft.accounts = m_accounts; // a new draft goes where the last one went
    draft.socialSetId = m_socialSetId;
    draft.language = m_language; // and in the same language
    open(draft);
    if (m_store)
        m_store->save(draft);
}

void DraftDocument::close()
{
    if (m_store)
        m_store->flush();
    m_id.clear();
}

LocalDraft DraftDocument::snapshot() const
{
    LocalDraft draft;
    draft.id = m_id;
    draft.title = m_title;
    draft.socialSetId = m_socialSetId;
    draft.accounts = m_accounts;
    draft.serverCopies = m_serverCopies;
    draft.created = m_created;
    draft.modified = m_modified;
    draft.scheduledFor = m_scheduledFor;
    draft.language = m_language;
    draft.place = m_place;
    for (int row = 0; row < m_thread->rowCount(); ++row)
        draft.posts.append({m_thread->text(row), m_thread->mediaIds(row), m_thread->media(row)});
    return draft;
}

void DraftDocument::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    Q_EMIT titleChanged(title);
    markModified();
}

void DraftDocument::setAccounts(const QList<LocalDraft::Account> &accounts)
{
    m_accounts = accounts;
    m_socialSetId = accounts.isEmpty() ? QString() : accounts.constFirst().socialSetId;
    m_thread->setPlatforms(platformsOf(accounts));
    Q_EMIT accountsChanged();
    markModified();
}

void DraftDocument::setScheduledFor(const QDateTime &utc)
{
    if (utc == m_scheduledFor)
        return;
    m_scheduledFor = utc;
    markModified();
}

void DraftDocument::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged(language);
    markModified();
}

void DraftDocument::setPlace(const LocalDraft::Place &place)
{
    if (m_loading || m_id.isEmpty() || place == m_place)
        return;
    m_place = place;
    if (m_store)
        m_store->scheduleSave(snapshot());
}

void DraftDocument::markModified()
{
    if (m_loading || m_id.isEmpty())
        return;
    m_modified = QDateTime::currentDateTimeUtc();
    if (m_store)
        m_store->scheduleSave(snapshot());
    Q_EMIT modifiedChanged();
}

void DraftDocument::addServerCopy(const LocalDraft::ServerCopy &copy)
{
    m_serverCopies.append(copy);
    markModified();
    Q_EMIT serverSaved(copy);
}

void DraftDocument::saveToServer(ApiClient *client)
{
    if (m_saving || !isOpen())
        return;
    if (!client) {
        Q_EMIT serverSaveFailed(tr("Not connected: choose an xAIcreator connection in the "
                                   "toolbar, then save again. The draft stays on this computer."));
        return;
    }
    for (int row = 0; row < m_thread->rowCount(); ++row) {
        const QList<PlatformCount> counts = m_thread->counts(row);
        for (const PlatformCount &count : counts) {
            if (count.valid || m_thread->text(row).isEmpty())
                continue;
            Q_EMIT serverSaveFailed(tr("Post %1 is too long for %2 (%3 of %4). Shorten or "
                                       "split it, then save again.")
                                        .arg(row + 1)
                                        .arg(platformDisplayName(count.platform))
                                        .arg(count.length)
                                        .arg(count.limit));
            return;
        }
    }
    if (m_scheduledFor.isValid() && m_scheduledFor <= QDateTime::currentDateTimeUtc()) {
        Q_EMIT serverSaveFailed(tr("The planned time has passed. Choose a later time or no "
                                   "time, then save again."));
        return;
    }
    // The draft is on disk before the request that depends on it.
    if (m_store)
        m_store->flush();
    NewDraft draft;
    draft.title = m_title.trimmed().isEmpty() ? tr("Untitled draft") : m_title;
    for (int row = 0; row < m_thread->rowCount(); ++row) {
        if (m_thread->text(row).trimmed().isEmpty() && m_thread->rowCount() > 1)
            continue;
        draft.tweets.append({PostHtml::toHtml(m_thread->text(row)), m_thread->mediaIds(row)});
    }
    draft.socialSetId = m_socialSetId;
    draft.scheduledFor = m_scheduledFor;
    for (const LocalDraft::Account &account : m_accounts)
        draft.selectedAccountIds.append(account.accountId);
    m_saving = true;
    Q_EMIT serverSaveStarted();
    const QString localId = m_id;
    client->createDraft(draft, this, [this, localId](const Result<CreatedDraft> &result) {
        m_saving = false;
        if (!result) {
            Q_EMIT serverSaveFailed(result.error().userMessage());
            return;
        }
        const Draft &created = result.value().draft;
        const LocalDraft::ServerCopy copy{created.id, created.createdAt.isValid()
                                                          ? created.createdAt.toUTC()
                                                          : QDateTime::currentDateTimeUtc()};
        if (localId == m_id) {
            m_serverCopies.append(copy);
            markModified();
        } else if (m_store) { // another draft was opened meanwhile: record it in its file
            if (std::optional<LocalDraft> other = m_store->load(localId)) {
                other->serverCopies.append(copy);
                m_store->save(*other);
            }
        }
        Q_EMIT serverSaved(copy);
    });
}

} // namespace CreatorDesk
