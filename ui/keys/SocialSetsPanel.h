// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/BrowserLauncher.h"
#include "connections/AccountLimits.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTreeView;

namespace CreatorDesk {

class AccountLimitsDialog;
class ApiClient;
class SocialSetSource;
class ConnectXAccountDialog;
class RemoteListPanel;
class SocialSetModel;

// The xAIcreator social sets of the active connection, their accounts grouped by platform,
// and "Connect an X account…".
class SocialSetsPanel final : public QWidget
{
    Q_OBJECT

public:
    // `source` is not owned and outlives the panel.
    explicit SocialSetsPanel(SocialSetSource *source, QWidget *parent = nullptr);

    void setBrowserLauncher(BrowserLauncher browser) { m_browser = std::move(browser); }
    SocialSetModel *model() const { return m_model; }
    RemoteListPanel *panel() const { return m_panel; }
    QTreeView *view() const { return m_view; }
    QPushButton *connectButton() const { return m_connect; }
    // Opens the dialog that connects an X account; `intro` replaces its first sentence.
    ConnectXAccountDialog *openConnectDialog(const QString &intro = {});
    // Where each account's own limit is kept and read; without it the Limits button is hidden.
    void setAccountLimits(AccountLimits *limits);
    QPushButton *limitsButton() const { return m_limitsButton; }
    // The limits dialog for the current account item; null when none is current.
    AccountLimitsDialog *openLimitsDialog();

public Q_SLOTS:
    // `serviceName` says which service the connection is when it is not xAIcreator.
    void setClient(CreatorDesk::ApiClient *client, const QString &serviceName = {});
    void refresh();

private:
    QPointer<ApiClient> m_client;
    BrowserLauncher m_browser;
    SocialSetModel *m_model;
    QTreeView *m_view;
    RemoteListPanel *m_panel;
    QPushButton *m_connect;
    QPushButton *m_limitsButton;
    QPointer<AccountLimits> m_limits;
};

} // namespace CreatorDesk
