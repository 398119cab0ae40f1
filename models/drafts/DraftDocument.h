// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Platform.h"
#include "storage/DraftStore.h"
#include "storage/LocalDraft.h"

#include <QObject>
#include <QPointer>

namespace CreatorDesk {

class ApiClient;
class ThreadHistory;
class ThreadModel;

// The draft open in the editor: title, target accounts and posts (ThreadModel). Every change
// is handed to the DraftStore, which writes it 500 ms after the last one.
class DraftDocument final : public QObject
{
    Q_OBJECT

public:
    explicit DraftDocument(DraftStore *store, QObject *parent = nullptr);

    DraftStore *store() const { return m_store; }
    ThreadModel *thread() const { return m_thread; }
    ThreadHistory *history() const { return m_history; }
    bool isOpen() const { return !m_id.isEmpty(); }
    QString id() const { return m_id; }
    QString title() const { return m_title; }
    QList<LocalDraft::Account> accounts() const { return m_accounts; }
    QString socialSetId() const { return m_socialSetId; }
    QList<LocalDraft::ServerCopy> serverCopies() const { return m_serverCopies; }
    QDateTime modified() const { return m_modified; }
    LocalDraft::Place place() const { return m_place; }
    QDateTime scheduledFor() const { return m_scheduledFor; }
    // As a dictionary names it ("en_US"); empty: never chosen for this draft.
    QString language() const { return m_language; }

    // Shows `draft` without writing it.
    void open(const LocalDraft &draft);
    // A new empty draft, written at once so it exists on disk.
    void openNew();
    void close();
    LocalDraft snapshot() const;

    void setTitle(const QString &title);
    void setAccounts(const QList<LocalDraft::Account> &accounts);
    // Invalid: not planned. Sent with the next "Save to server".
    void setScheduledFor(const QDateTime &utc);
    void setLanguage(const QString &language);
    // Saved with the draft, without counting as a change to it (the list order stays).
    void setPlace(const LocalDraft::Place &place);

    // Creates a server draft (POST /twitter/drafts) from the posts as they are now. The API has
    // no update: every call creates another server draft. The local draft is written first.
    void saveToServer(ApiClient *client);
    bool isSavingToServer() const { return m_saving; }
    // Records a server copy created elsewhere (scheduling creates one when there is none).
    void addServerCopy(const LocalDraft::ServerCopy &copy);

    // The targeted platforms (of the chosen accounts; X when none is chosen).
    static QList<Platform> platformsOf(const QList<LocalDraft::Account> &accounts);

Q_SIGNALS:
    void opened();
    void titleChanged(const QString &title);
    void accountsChanged();
    void languageChanged(const QString &language);
    void modifiedChanged();
    void serverSaveStarted();
    void serverSaved(const CreatorDesk::LocalDraft::ServerCopy &copy);
    void serverSaveFailed(const QString &message);

private:
    void markModified();

    QPointer<DraftStore> m_store;
    ThreadModel *m_thread;
    ThreadHistory *m_history;
    QString m_id;
    QString m_title;
    QString m_socialSetId;
    QList<LocalDraft::Account> m_accounts;
    QList<LocalDraft::ServerCopy> m_serverCopies;
    QDateTime m_created;
    QDateTime m_modified;
    QDateTime m_scheduledFor;
    QString m_language;
    LocalDraft::Place m_place;
    bool m_loading = false;
    bool m_saving = false;
};

} // namespace CreatorDesk
