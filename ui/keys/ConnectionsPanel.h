// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/HttpClient.h"
#include "auth/BrowserLauncher.h"
#include "auth/KeyVerifier.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace CreatorDesk {

class ClipboardGuard;
class ConnectionModel;

// The connections kept on this computer: service, name, environment, key prefix, when the key
// was last verified and how that went, with Add key…, Sign in…, Verify, Rename and Delete.
class ConnectionsPanel final : public QWidget
{
    Q_OBJECT

public:
    ConnectionsPanel(ConnectionModel *connections, ClipboardGuard *clipboard,
                     QWidget *parent = nullptr);

    void setBrowserLauncher(BrowserLauncher browser) { m_browser = std::move(browser); }
    void setActiveHttp(HttpClient *http);
    QTableView *view() const { return m_view; }
    int currentRow() const;
    void selectRow(int row);
    QString statusText() const;

    QPushButton *addButton() const { return m_add; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *deleteButton() const { return m_delete; }

public Q_SLOTS:
    void addKey();
    void signIn();
    void verifySelected();
    void renameSelected();
    void deleteSelected();

Q_SIGNALS:
    // The person chose this connection to work with (Enter or double click).
    void activationRequested(int row);

private:
    void verifyRow(int row, CreditSpending spending);
    void updateButtons();
    void showStatus(const QString &text, bool problem = false);
    void onConnectionAdded(const QString &id);

    QPointer<ConnectionModel> m_connections;
    QPointer<ClipboardGuard> m_clipboard;
    QPointer<HttpClient> m_activeHttp;
    BrowserLauncher m_browser;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_signIn;
    QPushButton *m_verify;
    QPushButton *m_rename;
    QPushButton *m_delete;
};

} // namespace CreatorDesk
