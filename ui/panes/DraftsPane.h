// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QListView;
class QPushButton;

namespace CreatorDesk {

class ApiClient;
class DraftDocument;
class DraftEditor;
class DraftListModel;
class DraftStore;
class LocalDraftListModel;
class RemoteListPanel;
class TargetAccountModel;

// Drafts: two sections, the drafts on this computer (the source of truth while writing, saved
// as you type) above the server's drafts of the active connection, beside the thread editor.
class DraftsPane final : public QWidget
{
    Q_OBJECT

public:
    // Without a store, the pane keeps its drafts in the default place (AppDataLocation).
    explicit DraftsPane(QWidget *parent = nullptr, DraftStore *store = nullptr);
    ~DraftsPane() override;

    DraftListModel *model() const { return m_model; }
    RemoteListPanel *panel() const { return m_panel; }
    DraftStore *store() const { return m_store; }
    LocalDraftListModel *localModel() const { return m_localModel; }
    QListView *localView() const { return m_localView; }
    QLineEdit *searchField() const { return m_search; }
    DraftDocument *document() const { return m_document; }
    DraftEditor *editor() const { return m_editor; }

    void openDraft(const QString &id);
    void newDraft();
    void duplicateCurrent();
    // Asks first; `confirmed` skips the question (tests).
    void deleteCurrent(bool confirmed = false);

public Q_SLOTS:
    void setClient(CreatorDesk::ApiClient *client);
    void refresh();

private:
    void restoreLastDraft();
    void selectCurrentInList();
    QString selectedId() const;

    DraftStore *m_store;
    DraftListModel *m_model;
    RemoteListPanel *m_panel;
    LocalDraftListModel *m_localModel;
    QSortFilterProxyModel *m_localFilter;
    TargetAccountModel *m_accounts;
    DraftDocument *m_document;
    QLineEdit *m_search;
    QListView *m_localView;
    QLabel *m_problems;
    QPushButton *m_deleteButton;
    DraftEditor *m_editor;
};

} // namespace CreatorDesk
