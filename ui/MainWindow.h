// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QListWidget;
class QStackedWidget;

namespace CreatorDesk {

class AccountStatus;
class AccountStatusBar;

class ApiKeysPane;
class ConnectionModel;
class CreditsPane;
class DraftsPane;
class SchedulePane;

// The main window: a sidebar of panes, the connection selector, and the account status bar.
// Choosing another connection hands its client to every pane and to the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Pane { ApiKeys, Drafts, Schedule, Credits, PaneCount };
    Q_ENUM(Pane)

    explicit MainWindow(ConnectionModel *connections, QWidget *parent = nullptr);

    ApiClient *activeClient() const { return m_activeClient; }
    void setActiveConnection(int row);
    Pane currentPane() const;
    void setCurrentPane(Pane pane);
    QWidget *paneWidget(Pane pane) const;

    AccountStatus *accountStatus() const { return m_accountStatus; }
    AccountStatusBar *accountStatusBar() const { return m_statusBar; }
    DraftsPane *draftsPane() const { return m_draftsPane; }

Q_SIGNALS:
    void activeClientChanged(CreatorDesk::ApiClient *client);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void addPane(Pane pane, QWidget *widget, const QString &iconName, const QString &label);
    void onConnectionChosen(int row);
    void updateConnectionSelector();
    void refreshCurrentPane();
    void showAbout();
    void restoreSettings();

    QPointer<ConnectionModel> m_connections;
    QPointer<ApiClient> m_activeClient;
    AccountStatus *m_accountStatus;
    QComboBox *m_connectionBox;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    AccountStatusBar *m_statusBar;
    ApiKeysPane *m_apiKeysPane;
    DraftsPane *m_draftsPane;
    SchedulePane *m_schedulePane;
    CreditsPane *m_creditsPane;
};

} // namespace CreatorDesk
