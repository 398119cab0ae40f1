// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's welcome page: shown while there is no connection, until the person looks
// past it; its three ways in lead to the keys pane's dialogs and to the demo.
#include "MainWindow.h"

#include "PaneStack.h"
#include "WelcomePage.h"
#include "connections/ConnectionModel.h"
#include "keys/ApiKeysPane.h"
#include "keys/ConnectionsPanel.h"

#include <QStackedWidget>

namespace CreatorDesk {

void MainWindow::connectWelcome()
{
    connect(m_connections, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateWelcome);
    connect(m_connections, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateWelcome);
    connect(m_connections, &QAbstractItemModel::modelReset, this, &MainWindow::updateWelcome);
    connect(m_welcome, &WelcomePage::signInRequested, this,
            [this] { apiKeysPane()->connectionsPanel()->signIn(); });
    connect(m_welcome, &WelcomePage::addKeyRequested, this,
            [this] { apiKeysPane()->connectionsPanel()->addKey(); });
    connect(m_welcome, &WelcomePage::demoRequested, this, [this] {
        m_welcome->setDemoStarting(true);
        Q_EMIT demoRequested();
    });
    connect(m_welcome, &WelcomePage::skipRequested, this, [this] {
        m_welcomeDismissed = true;
        updateWelcome();
    });
    updateWelcome();
}

void MainWindow::updateWelcome()
{
    const bool show = !m_welcomeDismissed && m_connections && m_connections->rowCount() == 0;
    const bool hadFocus = m_welcome->isAncestorOf(focusWidget());
    m_mainArea->setCurrentWidget(show ? static_cast<QWidget *>(m_welcome) : m_stack);
    if (show)
        m_welcome->setFocus();
    else if (hadFocus)
        m_stack->setFocus();
    if (!show)
        m_welcome->setDemoStarting(false);
}

bool MainWindow::isWelcomeShown() const
{
    return m_mainArea->currentWidget() == m_welcome;
}

} // namespace CreatorDesk
