// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTreeView;

namespace CreatorDesk {

class DraftListFilter;
class ApiClient;
class DraftDocument;
class DraftEditor;
class DraftListModel;
class DraftStore;
class ServerDraftListModel;
class SocialSetSource;
class TargetAccountModel;

// Drafts: one searchable list of every draft, newest change first, saying where each lives
// (only on this computer, on the server, scheduled), beside the thread editor; all social
// sets' drafts, or one set's (the server is asked for that set's only). The drafts on
// this computer are the source of truth while writing and are saved as you type; a server
// draft opened from the list becomes a local draft linked to it.
class DraftsPane final : public QWidget
{
    Q_OBJECT

public:
    // Without a store, the pane keeps its drafts in the default place (AppDataLocation).
    // `store` and `socialSets` are not owned and outlive the pane.
    DraftsPane(DraftStore *store, SocialSetSource *socialSets, QWidget *parent = nullptr);
    ~DraftsPane() override;

    ServerDraftListModel *serverModel() const { return m_serverModel; }
    DraftListModel *listModel() const { return m_listModel; }
    DraftStore *store() const { return m_store; }
    QTreeView *listView() const { return m_listView; }
    QLineEdit *searchField() const { return m_search; }
    // Which social set's drafts are listed ("All social sets" first, data: the set's id).
    QComboBox *socialSetBox() const { return m_socialSet; }
    DraftDocument *document() const { return m_document; }
    DraftEditor *editor() const { return m_editor; }
    // Where the server's drafts stand, in words (loading, failed, updated, no connection).
    QString serverStatusText() const;
    // What the list says about server drafts while not connected; empty: the default sentence.
    void setDisconnectedText(const QString &text);

    void openDraft(const QString &id);
    // Opens the list's row: a local draft as it is, a server draft as a new linked local one.
    void openRow(int row);
    void newDraft();
    void duplicateCurrent();
    // Asks first; `confirmed` skips the question (tests).
    void deleteCurrent(bool confirmed = false);

public Q_SLOTS:
    void setClient(CreatorDesk::ApiClient *client);
    void refresh();

private:
    void createList();
    void restoreLastDraft();
    // The first local draft of the list, else a new one.
    void openFirstLocalDraft();
    void selectCurrentInList();
    void updateServerStatus();
    void updateSocialSets();
    void showSocialSet();

    DraftStore *m_store;
    ServerDraftListModel *m_serverModel;
    DraftListModel *m_listModel;
    DraftListFilter *m_filter;
    TargetAccountModel *m_accounts;
    DraftDocument *m_document;
    // Children are made where they stay: moving a built widget tree to another parent costs
    // a millisecond of start-up.
    QSplitter *m_splitter;
    QWidget *m_list;
    QLineEdit *m_search;
    QComboBox *m_socialSet;
    QTreeView *m_listView;
    QLabel *m_problems;
    QLabel *m_serverStatus;
    QPushButton *m_refreshButton;
    QPushButton *m_deleteButton;
    DraftEditor *m_editor;
    QString m_disconnectedText;
    bool m_connected = false;
};

} // namespace CreatorDesk
