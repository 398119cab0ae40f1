// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/BrowserLauncher.h"

#include <QPointer>
#include <QWidget>

class QTabWidget;

namespace CreatorDesk {

class SocialSetSource;
class ApiClient;
class BannerBar;
class ClipboardGuard;
class ConnectionModel;
class ConnectionsPanel;
class HttpClient;
class RemoteKeyModel;
class RemoteListPanel;
class ServerKeysPanel;
class SocialSetsPanel;

// Everything about keys: the connections kept on this computer, the keys the active
// connection's service holds (create, revoke, rotate), and the xAIcreator social sets.
class ApiKeysPane final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { KeysTab, SocialSetsTab };

    ApiKeysPane(ConnectionModel *connections, SocialSetSource *socialSets,
                QWidget *parent = nullptr);

    void setBrowserLauncher(const BrowserLauncher &browser);
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }
    ConnectionsPanel *connectionsPanel() const { return m_connectionsPanel; }
    ServerKeysPanel *serverKeysPanel() const { return m_serverKeys; }
    SocialSetsPanel *socialSetsPanel() const { return m_socialSets; }
    BannerBar *keychainBanner() const { return m_keychainBanner; }
    void setCurrentTab(Tab tab);

    // Compatibility with the other panes: the server's keys.
    RemoteKeyModel *model() const;
    RemoteListPanel *panel() const;

public Q_SLOTS:
    void setConnection(CreatorDesk::HttpClient *http, CreatorDesk::ApiClient *client);
    void refresh();

Q_SIGNALS:
    // The person chose a connection to work with, or a revoke needs another one first.
    void activationRequested(int row);

private:
    void updateKeychainBanner();

    QPointer<ConnectionModel> m_connections;
    ClipboardGuard *m_clipboard;
    BannerBar *m_keychainBanner;
    QTabWidget *m_tabs;
    ConnectionsPanel *m_connectionsPanel;
    ServerKeysPanel *m_serverKeys;
    SocialSetsPanel *m_socialSets;
};

} // namespace CreatorDesk
