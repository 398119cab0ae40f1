// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
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
        ActionCount
    };
    Q_ENUM(Action)

    DraftEditor(DraftDocument *document, TargetAccountModel *accounts, QWidget *parent = nullptr);

    DraftDocument *document() const { return m_document; }
    QAction *action(Action which) const;
    QLineEdit *titleEdit() const { return m_title; }
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

Q_SIGNALS:
    void serverDraftCreated();
    // The person asked to publish this draft (the main window opens the publish dialog).
    void publishRequested();
    // "Schedule…": the schedule pane opens its dialog for this local draft.
    void scheduleRequested(const QString &localDraftId);

private:
    void showSaveState(bool ok, const QString &message);
    void updateServerStatus();
    void attachMedia();

    QPointer<DraftDocument> m_document;
    ThreadModel *m_model;
    TargetAccountModel *m_accounts;
    QPointer<ApiClient> m_client;
    DraftEditorActions *m_actions;
    QLineEdit *m_title;
    QListView *m_accountView;
    QCheckBox *m_numbering;
    PlannedTimeEdit *m_planned;
    QPushButton *m_serverButton;
    QLabel *m_saveStatus;
    QLabel *m_serverStatus;
    PostStack *m_posts;
    ThreadMedia *m_media = nullptr;
};

} // namespace CreatorDesk
