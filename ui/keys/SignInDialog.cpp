// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/SignInDialog.h"

#include "api/HttpClient.h"
#include "auth/NewKeyKeeper.h"
#include "auth/OAuthSignIn.h"
#include "connections/ConnectionModel.h"
#include "keys/BrowserWaitPanel.h"
#include "keys/KeychainCheck.h"
#include "keys/OneTimeKeyView.h"
#include "services/ServiceRegistry.h"
#include "services/UrlPolicy.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace CreatorDesk {

namespace {
const auto ServiceId = QStringLiteral("xaicreator");
} // namespace

SignInDialog::SignInDialog(const ServiceRegistry &registry, ConnectionModel *connections,
                           QNetworkAccessManager *network, BrowserLauncher browser,
                           ClipboardGuard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_connections(connections)
    , m_network(network)
    , m_browser(std::move(browser))
    , m_pages(new QStackedWidget(this))
    , m_baseUrl(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
    , m_google(new QPushButton(tr("Sign in with &Google"), this))
    , m_twitter(new QPushButton(tr("Sign in with &X"), this))
    , m_wait(new BrowserWaitPanel(this))
    , m_keyView(new OneTimeKeyView(clipboard, this))
    , m_saved(new QLabel(this))
{
    setWindowTitle(tr("Sign in to xAIcreator"));
    setObjectName(QStringLiteral("signInDialog"));
    setAccessibleName(windowTitle());
    setMinimumWidth(540);
    const ServiceDescriptor *service = m_registry.find(ServiceId);
    m_baseUrl->setText(service ? service->baseUrl.toString() : QString());
    m_baseUrl->setAccessibleName(tr("Server address"));
    m_email->setAccessibleName(tr("Email"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_error->hide();
    m_signIn->setDefault(true);
    m_signIn->setAccessibleName(tr("Sign in with email and password"));
    m_google->setAccessibleName(tr("Sign in with Google in the browser"));
    m_twitter->setAccessibleName(tr("Sign in with X in the browser"));

    auto *formPage = new QWidget(m_pages);
    auto *form = new QFormLayout;
    form->addRow(tr("Server &address:"), m_baseUrl);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    auto *emailRow = new QHBoxLayout;
    emailRow->addStretch();
    emailRow->addWidget(m_signIn);
    auto *or_ = new QLabel(tr("Or sign in through your browser:"), formPage);
    auto *oauthRow = new QHBoxLayout;
    oauthRow->addWidget(m_google);
    oauthRow->addWidget(m_twitter);
    oauthRow->addStretch();
    auto *close = new QPushButton(tr("Close"), formPage);
    close->setAccessibleName(tr("Close"));
    auto *closeRow = new QHBoxLayout;
    closeRow->addStretch();
    closeRow->addWidget(close);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->addLayout(form);
    formLayout->addLayout(emailRow);
    formLayout->addSpacing(8);
    formLayout->addWidget(or_);
    formLayout->addLayout(oauthRow);
    formLayout->addWidget(m_error);
    formLayout->addStretch();
    formLayout->addLayout(closeRow);

    auto *keyPage = new QWidget(m_pages);
    m_saved->setWordWrap(true);
    m_saved->setAccessibleName(tr("Connection saved"));
    auto *done = new QPushButton(tr("&Done"), keyPage);
    done->setAccessibleName(tr("Done"));
    auto *doneRow = new QHBoxLayout;
    doneRow->addStretch();
    doneRow->addWidget(done);
    auto *keyLayout = new QVBoxLayout(keyPage);
    keyLayout->addWidget(m_keyView);
    keyLayout->addWidget(m_saved);
    keyLayout->addStretch();
    keyLayout->addLayout(doneRow);

    m_pages->insertWidget(FormPage, formPage);
    m_pages->insertWidget(WaitingPage, m_wait);
    m_pages->insertWidget(KeyPage, keyPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signInWithPassword);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInDialog::signInWithPassword);
    connect(m_google, &QPushButton::clicked, this,
            [this] { signInWithBrowser(ApiClient::OAuthProvider::Google); });
    connect(m_twitter, &QPushButton::clicked, this,
            [this] { signInWithBrowser(ApiClient::OAuthProvider::Twitter); });
    connect(m_wait, &BrowserWaitPanel::cancelRequested, this, &SignInDialog::cancel);
    connect(close, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(done, &QPushButton::clicked, this, &SignInDialog::accept);
    connect(this, &QDialog::finished, this, [this] {
        cancel();
        m_keyView->forget();
    });
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setBaseUrl(const QUrl &url)
{
    m_baseUrl->setText(url.toString());
}

SignInDialog::Page SignInDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString SignInDialog::savedText() const
{
    return m_saved->text();
}

ApiClient *SignInDialog::makeClient()
{
    const ServiceDescriptor *service = m_registry.find(ServiceId);
    const QUrl url = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    if (!service) {
        fail(tr("This build does not know the xAIcreator service."));
        return nullptr;
    }
    if (const QString problem = UrlPolicy::violation(url); !problem.isEmpty() || !url.isValid()) {
        fail(problem.isEmpty() ? tr("Enter the address of the service's API.") : problem);
        return nullptr;
    }
    if (m_http)
        m_http->deleteLater();
    m_http = new HttpClient(m_network, *service, url, this);
    return new ApiClient(m_http, m_http);
}

void SignInDialog::signInWithPassword()
{
    if (m_pages->currentIndex() != FormPage)
        return;
    if (m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        fail(tr("Enter the email address and the password of your xAIcreator account."));
        return;
    }
    whenKeyCanBeKept([this] { sendPassword(); });
}

void SignInDialog::whenKeyCanBeKept(std::function<void()> signIn)
{
    m_error->hide();
    m_wait->setWaiting(tr("Checking that the new key can be kept…"));
    m_pages->setCurrentIndex(WaitingPage);
    // Cancel, or another start, makes this attempt's answer come too late.
    const int attempt = ++m_attempt;
    KeychainCheck::beforeMinting(
        this, m_connections, tr("Sign in for &this run only"),
        [this, attempt, signIn = std::move(signIn)](bool sessionOnly) {
            if (attempt != m_attempt)
                return;
            m_sessionOnly = sessionOnly;
            signIn();
        },
        [this, attempt] {
            if (attempt == m_attempt)
                showForm();
        });
}

void SignInDialog::sendPassword()
{
    ApiClient *api = makeClient();
    if (!api)
        return;
    m_wait->setWaiting(tr("Signing in as %1…").arg(m_email->text().trimmed()));
    m_loginJob = api->login(m_email->text().trimmed(), m_password->text(), this,
                            [this](const Result<SignInResult> &result) {
                                if (!result) {
                                    if (result.error().kind != ApiError::Kind::Cancelled)
                                        fail(result.error().userMessage());
                                    return;
                                }
                                succeed(result.value(), tr("email"));
                            });
}

void SignInDialog::signInWithBrowser(ApiClient::OAuthProvider provider)
{
    if (m_pages->currentIndex() != FormPage)
        return;
    whenKeyCanBeKept([this, provider] { openBrowser(provider); });
}

void SignInDialog::openBrowser(ApiClient::OAuthProvider provider)
{
    ApiClient *api = makeClient();
    if (!api)
        return;
    const bool google = provider == ApiClient::OAuthProvider::Google;
    m_wait->setWaiting(google ? tr("Opening Google's sign-in page in your browser…")
                              : tr("Opening X's sign-in page in your browser…"));
    auto *oauth = new OAuthSignIn(api, provider, m_browser, this);
    m_oauth = oauth;
    connect(oauth, &OAuthSignIn::authorizationUrlReady, m_wait,
            &BrowserWaitPanel::setAuthorizationUrl);
    connect(oauth, &OAuthSignIn::succeeded, this, [this, oauth, google](const SignInResult &r) {
        oauth->deleteLater();
        succeed(r, google ? tr("Google") : tr("X"));
    });
    connect(oauth, &OAuthSignIn::failed, this,
            [this, oauth](const QString &message, bool cancelled) {
                oauth->deleteLater();
                if (cancelled) {
                    showForm();
                    return;
                }
                fail(message);
            });
    oauth->start();
}

void SignInDialog::cancel()
{
    ++m_attempt;
    if (m_oauth)
        m_oauth->cancel();
    if (m_loginJob)
        m_loginJob->abort();
    if (m_pages->currentIndex() == WaitingPage)
        showForm();
}

void SignInDialog::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    showForm();
}

void SignInDialog::showForm()
{
    m_pages->setCurrentIndex(FormPage);
    // The wait page's Cancel may have become the default button while it had the focus.
    m_signIn->setDefault(true);
    m_password->setFocus();
}

void SignInDialog::succeed(const SignInResult &result, const QString &how)
{
    m_password->clear();
    const ServiceDescriptor *service = m_registry.find(ServiceId);
    if (!m_connections || !service || !m_http) {
        fail(tr("The key could not be kept as a connection."));
        return;
    }
    const QString account = result.user.email.isEmpty() ? how : result.user.email;
    ConnectionRecord record = ConnectionRecord::forKey(
        *service, ConnectionRecord::signInName(account, service->name, how), m_http->baseUrl(),
        result.apiKey.key);
    record.sessionOnly = m_sessionOnly;
    // Kept first, shown after: a key that cannot be kept is revoked, never shown and dropped.
    auto *keeper = new NewKeyKeeper(m_connections, m_http, this);
    connect(keeper, &NewKeyKeeper::finished, this,
            [this, keeper, key = result.apiKey.key,
             warning = result.warning](const NewKeyKeeper::Outcome &outcome) {
                keeper->deleteLater();
                if (outcome.kind != NewKeyKeeper::Outcome::Kind::Stored) {
                    fail(outcome.message);
                    return;
                }
                m_keyView->showKey(key, warning);
                m_pages->setCurrentIndex(KeyPage);
                m_keyView->copyButton()->setFocus();
                m_saved->setText(
                    outcome.record.sessionOnly
                        ? tr("Saved as the connection \"%1\" for this run only: copy "
                             "the key now if you need it later.")
                              .arg(outcome.record.displayName)
                        : tr("Saved as the connection \"%1\".").arg(outcome.record.displayName));
                Q_EMIT connectionAdded(outcome.record.id);
            });
    keeper->keep(record, result.apiKey.key, result.apiKey.id);
}

} // namespace CreatorDesk
