// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "connections/AccountLimits.h"
#include "drafts/DraftDocument.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace CreatorDesk {

class AccountsHint;
class LanguageBox;
class SpellChecker;
class DraftEditorActions;
class PlannedTimeEdit;
class PostEditor;
class PostStack;
class TargetAccountModel;
class ThreadMedia;
class ThreadModel;

// The thread editor of one local draft: title, target accounts, one PostEditor per post with
// its counters, and the thread's actions (each with a shortcut that works from any post).
class DraftEditor final : public QWidget
{
    Q_OBJECT

public:
    enum Action {
        AddPost,
        DeletePost,
        MoveUp,
        MoveDown,
        SplitAtCursor,
        MergeWithNext,
        SplitIntoThread,
        SaveNow,
        SaveToServer,
        Undo,
        Redo,
        Publish,
        AddToQueue,
        ActionCount
    };
    Q_ENUM(Action)

    DraftEditor(DraftDocument *document, TargetAccountModel *accounts, QWidget *parent = nullptr);

    DraftDocument *document() const { return m_document; }
    QAction *action(Action which) const;
    QLineEdit *titleEdit() const { return m_title; }
    AccountsHint *accountsHint() const { return m_accountsHint; }
    QListView *accountView() const { return m_accountView; }
    QCheckBox *numberingBox() const { return m_numbering; }
    PlannedTimeEdit *plannedTime() const { return m_planned; }
    PostStack *posts() const { return m_posts; }
    int postCount() const;
    PostEditor *postEditor(int row) const;
    int currentRow() const;
    void focusPost(int row, int cursorPosition = -1);
    QString saveStatusText() const;
    QString serverStatusText() const;
    // Each post's media: attachments, rules and uploads.
    ThreadMedia *threadMedia() const { return m_media; }
    // Counts with the targeted accounts' own limits (X Premium, a Mastodon instance's), and
    // says in each counter's tooltip where its limit comes from. Not owned.
    void setAccountLimits(AccountLimits *limits);
    // Spelling as you type, in the draft's language (chosen beside the thread tools); without a
    // checker the editor has no language choice. Not owned.
    void setSpellChecker(SpellChecker *checker);
    LanguageBox *languageBox() const { return m_languageBox; }

public Q_SLOTS:
    void setClient(CreatorDesk::ApiClient *client);
    void addPost();
    void deleteCurrentPost();
    void moveCurrentPost(int delta);
    void splitAtCursor();
    void mergeWithNext();
    void splitIntoThread();
    void saveNow();
    void saveToServer();
    void undo();
    void redo();
    void addToQueue();

Q_SIGNALS:
    void serverDraftCreated();
    // The person asked to publish this draft (the main window opens the publish dialog).
    void publishRequested();
    // "Schedule…": the schedule pane opens its dialog for this local draft.
    void scheduleRequested(const QString &localDraftId);
    // "Add to queue": the schedule pane puts it at its social set's next free posting time.
    void queueRequested(const QString &localDraftId);

private:
    void showSaveState(bool ok, const QString &message);
    void updateServerStatus();
    void attachMedia();
    void applyAccountLimits();
    void applyLanguage();

    QPointer<DraftDocument> m_document;
    ThreadModel *m_model;
    TargetAccountModel *m_accounts;
    QPointer<ApiClient> m_client;
    QPointer<AccountLimits> m_limits;
    DraftEditorActions *m_actions;
    QLineEdit *m_title;
    QListView *m_accountView;
    AccountsHint *m_accountsHint;
    QCheckBox *m_numbering;
    LanguageBox *m_languageBox;
    QAction *m_languageAction = nullptr;
    QPointer<SpellChecker> m_checker;
    PlannedTimeEdit *m_planned;
    QPushButton *m_serverButton;
    QLabel *m_saveStatus;
    QLabel *m_serverStatus;
    PostStack *m_posts;
    ThreadMedia *m_media = nullptr;
};

} // namespace CreatorDesk
