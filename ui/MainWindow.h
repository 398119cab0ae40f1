// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "auth/BrowserLauncher.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QStackedWidget;

namespace CreatorDesk {

class AccountLimits;
class AccountStatus;
class AccountStatusBar;
class BannerBar;
class ConnectionProblemBanner;

class ApiKeysPane;
class ConnectionModel;
class DesktopNotifications;
class DraftStore;
class DraftsPane;
class ImportDialog;
class Outbox;
class PaneStack;
class PostingQueueStore;
class PublishFlow;
class SchedulePane;
class SectionSidebar;
class Settings;
class SocialSetSource;
class SpellChecker;
class WelcomePage;

// The main window: a sidebar of panes, the connection selector, and the account status bar.
// Choosing another connection hands its client to every pane and to the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Pane { ApiKeys, Drafts, Schedule, Credits, PaneCount };
    Q_ENUM(Pane)

    // What the window works with: made by the composition root (Application), outliving it.
    struct Services
    {
        ConnectionModel *connections = nullptr;
        DraftStore *drafts = nullptr;
        Outbox *outbox = nullptr;
        AccountStatus *accountStatus = nullptr;
        SocialSetSource *socialSets = nullptr;         // follows the active client
        Settings *settings = nullptr;                  // null: the layout is not kept
        DesktopNotifications *notifications = nullptr; // null: messages stay in the window
        AccountLimits *accountLimits = nullptr;        // null: every platform's default limit
        PostingQueueStore *postingQueue = nullptr;     // null: no "Add to queue"
        SpellChecker *spelling = nullptr;              // null: no spell checking
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);

    ApiClient *activeClient() const { return m_activeClient; }
    HttpClient *activeHttp() const { return m_activeHttp; }
    int activeRow() const;
    void setActiveConnection(int row);
    // How sign-in pages are opened (the desktop's browser unless a test plays it).
    void setBrowserLauncher(const BrowserLauncher &browser);
    Pane currentPane() const;
    void setCurrentPane(Pane pane);
    // The section's widget, built now if it has not been opened yet.
    QWidget *paneWidget(Pane pane);
    bool isPaneBuilt(Pane pane) const;

    AccountStatus *accountStatus() const { return m_accountStatus; }
    AccountStatusBar *accountStatusBar() const { return m_statusBar; }
    DraftsPane *draftsPane() const { return m_draftsPane; }
    // Built on first use, like paneWidget().
    SchedulePane *schedulePane();
    ApiKeysPane *apiKeysPane();
    PublishFlow *publishFlow() const { return m_publishFlow; }
    // The message about an expired social sign-in or a refused key.
    BannerBar *problemBanner() const;
    // Shown in the main area while there is no connection, until the person looks past it.
    WelcomePage *welcomePage() const { return m_welcome; }
    bool isWelcomeShown() const;
    // File → Import posts…: the preview of `file`, or of a file the person picks.
    ImportDialog *importPosts(const QString &file = {});

Q_SIGNALS:
    void activeClientChanged(CreatorDesk::ApiClient *client);
    // Every connection, whatever its service; `client` is null for services other than
    // xAIcreator.
    void activeConnectionChanged(CreatorDesk::HttpClient *http, CreatorDesk::ApiClient *client);
    // Once, after the window's first paint event has been handled.
    void firstPaintHandled();
    // "Try the demo" on the welcome page: the application starts the demo server.
    void demoRequested();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void nameSection(int pane, QWidget *widget);
    ApiKeysPane *createApiKeysPane();
    SchedulePane *createSchedulePane();
    void onConnectionChosen(int row);
    void useConnection(HttpClient *http, ApiClient *client);
    void onRequestFailed(const CreatorDesk::ApiError &error);
    void onWentOffline();
    void onConnectionReturned();
    void updateConnectionSelector();
    void connectWelcome();
    void updateWelcome();
    void refreshCurrentPane();
    void showAbout();

    QPointer<ConnectionModel> m_connections;
    Settings *m_settings;
    SocialSetSource *m_socialSets;
    AccountLimits *m_accountLimits;
    PostingQueueStore *m_postingQueue;
    DesktopNotifications *m_notifications;
    QPointer<ApiClient> m_activeClient;
    QPointer<HttpClient> m_activeHttp;
    QMetaObject::Connection m_failureConnection;
    BrowserLauncher m_browser;
    ConnectionProblemBanner *m_problems;
    AccountStatus *m_accountStatus;
    QComboBox *m_connectionBox;
    SectionSidebar *m_sidebar;
    PaneStack *m_stack;
    WelcomePage *m_welcome;
    QStackedWidget *m_mainArea;
    bool m_welcomeDismissed = false;
    QAction *m_refreshAction = nullptr;
    AccountStatusBar *m_statusBar;
    DraftsPane *m_draftsPane;
    PublishFlow *m_publishFlow;
    // Said by the xAIcreator-only sections while another service's connection is active.
    QString m_onlyXaiText;
    bool m_painted = false;
};

} // namespace CreatorDesk
