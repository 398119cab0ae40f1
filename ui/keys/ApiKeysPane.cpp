// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/ApiKeysPane.h"

#include "common/BannerBar.h"
#include "common/ClipboardGuard.h"
#include "connections/ConnectionModel.h"
#include "keys/ConnectionsPanel.h"
#include "keys/ServerKeysPanel.h"
#include "keys/SocialSetsPanel.h"

#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace CreatorDesk {

ApiKeysPane::ApiKeysPane(ConnectionModel *connections, SocialSetSource *socialSets, QWidget *parent)
    : QWidget(parent)
    , m_connections(connections)
    , m_clipboard(new ClipboardGuard(this))
    , m_keychainBanner(new BannerBar(this))
    , m_tabs(new QTabWidget(this))
    , m_connectionsPanel(new ConnectionsPanel(connections, m_clipboard, this))
    , m_serverKeys(new ServerKeysPanel(connections, m_clipboard, this))
    , m_socialSets(new SocialSetsPanel(socialSets, this))
{
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    m_tabs->setAccessibleName(tr("API key sections"));
    m_tabs->setDocumentMode(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_connectionsPanel);
    splitter->addWidget(m_serverKeys);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // A few connections, more keys: the server's list gets the larger share at first.
    splitter->setSizes({220, 380});
    m_tabs->insertTab(KeysTab, splitter, tr("&Keys"));
    m_tabs->insertTab(SocialSetsTab, m_socialSets, tr("Social s&ets"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_keychainBanner);
    layout->addWidget(m_tabs, 1);

    connect(m_connectionsPanel, &ConnectionsPanel::activationRequested, this,
            &ApiKeysPane::activationRequested);
    connect(m_serverKeys, &ServerKeysPanel::switchRequested, this,
            &ApiKeysPane::activationRequested);
    connect(m_keychainBanner, &BannerBar::actionTriggered, m_connectionsPanel,
            &ConnectionsPanel::addKey);
    if (m_connections)
        connect(m_connections, &ConnectionModel::keychainStatusChanged, this,
                &ApiKeysPane::updateKeychainBanner);
    updateKeychainBanner();
}

void ApiKeysPane::setBrowserLauncher(const BrowserLauncher &browser)
{
    m_connectionsPanel->setBrowserLauncher(browser);
    m_socialSets->setBrowserLauncher(browser);
}

void ApiKeysPane::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

RemoteKeyModel *ApiKeysPane::model() const
{
    return m_serverKeys->model();
}

RemoteListPanel *ApiKeysPane::panel() const
{
    return m_serverKeys->panel();
}

void ApiKeysPane::setConnection(HttpClient *http, ApiClient *client)
{
    m_connectionsPanel->setActiveHttp(http);
    m_serverKeys->setHttp(http);
    const int row = m_connections ? m_connections->rowOfHttp(http) : -1;
    m_socialSets->setClient(
        client, !client && row >= 0 ? m_connections->connectionAt(row).serviceName : QString());
}

void ApiKeysPane::refresh()
{
    m_serverKeys->refresh();
    m_socialSets->refresh();
}

void ApiKeysPane::updateKeychainBanner()
{
    if (!m_connections || m_connections->isKeychainAvailable()) {
        m_keychainBanner->hide();
        return;
    }
    const QString problem = m_connections->keychainProblem().isEmpty()
                                ? tr("No keychain can be reached.")
                                : m_connections->keychainProblem();
    m_keychainBanner->showMessage(
        BannerBar::Kind::Warning,
        tr("%1 Keys can be kept for this run only, in memory, and are forgotten when Creator Desk "
           "closes; they are never written to a file.")
            .arg(problem),
        tr("Add a key for this run…"));
}

} // namespace CreatorDesk
