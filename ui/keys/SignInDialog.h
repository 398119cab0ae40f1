// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "auth/BrowserLauncher.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;

namespace CreatorDesk {

class BrowserWaitPanel;
class ClipboardGuard;
class ConnectionModel;
class OAuthSignIn;
class OneTimeKeyView;
class ServiceRegistry;

// Signs in to xAIcreator (email and password, or Google / X through the browser), shows the
// returned key once with the service's warning, and keeps it as a connection.
class SignInDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Page { FormPage, WaitingPage, KeyPage };

    SignInDialog(const ServiceRegistry &registry, ConnectionModel *connections,
                 QNetworkAccessManager *network, BrowserLauncher browser, ClipboardGuard *clipboard,
                 QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setBaseUrl(const QUrl &url);
    Page page() const;
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *googleButton() const { return m_google; }
    QPushButton *twitterButton() const { return m_twitter; }
    BrowserWaitPanel *waitPanel() const { return m_wait; }
    OneTimeKeyView *keyView() const { return m_keyView; }
    QString errorText() const;
    QString savedText() const;

Q_SIGNALS:
    void connectionAdded(const QString &connectionId);

private:
    ApiClient *makeClient();
    // Shows the wait, makes sure a new key can be kept (see KeychainCheck), then runs `signIn`.
    void whenKeyCanBeKept(std::function<void()> signIn);
    void signInWithPassword();
    void sendPassword();
    void signInWithBrowser(ApiClient::OAuthProvider provider);
    void openBrowser(ApiClient::OAuthProvider provider);
    void cancel();
    void fail(const QString &message);
    void showForm();
    void succeed(const SignInResult &result, const QString &how);

    const ServiceRegistry &m_registry;
    QPointer<ConnectionModel> m_connections;
    QNetworkAccessManager *m_network;
    BrowserLauncher m_browser;
    bool m_sessionOnly = false; // no keychain answered: the person chose this run only
    int m_attempt = 0;          // counts starts and cancels; a late answer of an old one is dropped
    QStackedWidget *m_pages;
    QLineEdit *m_baseUrl;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
    QPushButton *m_google;
    QPushButton *m_twitter;
    BrowserWaitPanel *m_wait;
    OneTimeKeyView *m_keyView;
    QLabel *m_saved;
    QPointer<HttpClient> m_http;
    QPointer<ApiJob> m_loginJob;
    QPointer<OAuthSignIn> m_oauth;
};

} // namespace CreatorDesk
