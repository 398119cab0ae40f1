// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StartupOptions.h"

#include "services/ServiceRegistry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;

namespace CreatorDesk {

class AccountLimits;
class AccountStatus;
class ConnectionModel;
class ConnectionStore;
class DesktopNotifications;
class DraftStore;
class KeychainSecretStore;
class MemorySecretStore;
class DemoConnector;
class DemoSandbox;
class MainWindow;
class MastodonInstanceClient;
class Outbox;
class PostingQueueStore;
class Settings;
class SocialSetSource;
class SpellChecker;
struct Connection;

// The composition root: builds the network, the connections, the stores (drafts, outbox,
// settings), the account status, the desktop notifications and the main window, owns their
// lifetimes, and in demo mode the sandbox process. main() and tst_mainwindow both use it.
class Application final : public QObject
{
    Q_OBJECT

public:
    explicit Application(StartupOptions options, QObject *parent = nullptr);
    ~Application() override;

    void start();
    // Closes the window and stops the demo server; shutdownFinished() follows.
    void shutdown();
    // Creator Desk was started again (SingleInstance): this window comes to the front.
    void bringToFront(const QStringList &arguments);

    MainWindow *mainWindow() const { return m_window.get(); }
    ConnectionModel *connections() const { return m_connections; }
    ConnectionStore *connectionStore() const { return m_store; }
    DemoSandbox *sandbox() const { return m_sandbox; }
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void windowShown();
    void firstPaintHandled();
    // Demo mode: the demo server runs and its connection is active (after windowShown()).
    void demoReady();
    void startupFailed(const QString &reason);
    void shutdownFinished();

private:
    // What waits for the window's first paint: whether the keychain works (the question loads
    // libsecret and GIO) and, in demo mode, the demo server (a process beside this one on a
    // machine with few cores). Either would delay the paint by milliseconds.
    void startAfterFirstPaint();
    void probeKeychain();
    void startDemo();
    void useDemoQueues();
    void addDemoConnection(const CreatorDesk::Connection &connection);
    void showWindow();
    void reportBadDescriptors();
    void onFirstPaint();
    void reportStartupFailure(const QString &reason);

    StartupOptions m_options;
    QElapsedTimer m_sinceStart;
    qint64 m_shownAfterMs = -1;
    QNetworkAccessManager *m_network;
    ServiceRegistry m_registry;
    // The OS keychain, and memory for keys kept for this run only (never a plain-text file).
    KeychainSecretStore *m_keychain;
    MemorySecretStore *m_session;
    ConnectionStore *m_store;
    ConnectionModel *m_connections;
    std::unique_ptr<Settings> m_settings;
    DraftStore *m_drafts;
    Outbox *m_outbox;
    AccountStatus *m_accountStatus;
    SocialSetSource *m_socialSets;
    MastodonInstanceClient *m_instances;
    AccountLimits *m_accountLimits;
    std::unique_ptr<PostingQueueStore> m_postingQueue;
    SpellChecker *m_spelling;
    std::unique_ptr<QTemporaryDir> m_demoFiles; // the demo's own files, removed at exit
    DesktopNotifications *m_notifications;
    DemoSandbox *m_sandbox = nullptr;
    DemoConnector *m_connector = nullptr;
    // A top-level widget has no QObject parent; this owns it.
    std::unique_ptr<MainWindow> m_window;
    bool m_firstPaintSeen = false;
    bool m_startedAfterFirstPaint = false;
    bool m_demoReady = false;
    bool m_demoFromWelcome = false; // started from the welcome page, not with --demo
    bool m_shuttingDown = false;
    int m_exitCode = 0;
};

} // namespace CreatorDesk
