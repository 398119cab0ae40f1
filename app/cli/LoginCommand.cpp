// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginCommand.h"

#include "CliRunner.h"
#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "auth/OAuthSignIn.h"
#include "storage/ConnectionStore.h"

#include <QProcess>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace CreatorDesk {

LoginCommand::LoginCommand(CliRunner &runner, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_http(http)
{}

QString LoginCommand::readPassword()
{
    std::string line;
#ifdef Q_OS_UNIX
    // On a terminal, ask without echoing what is typed.
    if (isatty(STDIN_FILENO)) {
        std::fputs(tr("Password: ").toLocal8Bit().constData(), stderr);
        termios saved{};
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        std::getline(std::cin, line);
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
        return QString::fromStdString(line);
    }
#endif
    std::getline(std::cin, line);
    return QString::fromStdString(line);
}

void LoginCommand::start()
{
    if (m_http->service().id != QLatin1String("xaicreator")) {
        m_runner.done(
            2, tr("Signing in is available for xAIcreator; for %1, paste a key in Creator Desk.")
                   .arg(m_http->service().name));
        return;
    }
    const CliOptions &options = m_runner.options();
    auto *api = new ApiClient(m_http, this);
    if (!options.email.isEmpty()) {
        const QString password = readPassword();
        api->login(options.email, password, this, [this](const Result<SignInResult> &result) {
            if (!result)
                m_runner.done(1, result.error().userMessage());
            else
                signedIn(result.value());
        });
        return;
    }
    if (!options.google && !options.twitter) {
        m_runner.done(2, tr("Usage: login --email ADDRESS | login --google | login --twitter"));
        return;
    }
    const BrowserLauncher launcher = [this](const QUrl &url) {
        // Said once the service has given an address: a refusal comes first, and alone.
        m_runner.err() << tr("Open this address in your browser to sign in:") << Qt::endl
                       << url.toString(QUrl::FullyEncoded) << Qt::endl
                       << tr("Waiting for the browser (up to 5 minutes; Ctrl+C cancels)...")
                       << Qt::endl;
        const QString browser = qEnvironmentVariable("BROWSER");
        return !browser.isEmpty() &&
               QProcess::startDetached(browser, {url.toString(QUrl::FullyEncoded)});
    };
    auto *signIn = new OAuthSignIn(
        api, options.google ? ApiClient::OAuthProvider::Google : ApiClient::OAuthProvider::Twitter,
        launcher, this);
    connect(signIn, &OAuthSignIn::succeeded, this, &LoginCommand::signedIn);
    connect(signIn, &OAuthSignIn::failed, this,
            [this](const QString &message) { m_runner.done(1, message); });
    signIn->start();
}

void LoginCommand::signedIn(const SignInResult &result)
{
    const QString key = result.apiKey.key;
    const QString who = result.user.email.isEmpty() ? m_http->service().name : result.user.email;
    const ConnectionRecord record =
        ConnectionRecord::forKey(m_http->service(), who, m_http->baseUrl(), key);
    const QString prefix = record.keyPrefix;
    if (m_runner.options().demo) {
        m_runner.out()
            << tr("Signed in as %1 (key %2). In demo mode the key is not stored.").arg(who, prefix)
            << Qt::endl;
        m_runner.done(0);
        return;
    }
    m_runner.store().add(
        record, key, this,
        [this, who, prefix, warning = result.warning](const SecretResult &stored) {
            if (!stored.ok()) {
                m_runner.done(
                    1, tr("Signed in, but the key could not be stored: %1").arg(stored.message));
                return;
            }
            m_runner.out() << tr("Signed in as %1. The key %2 is stored in the keychain as the "
                                 "connection \"%1\".")
                                  .arg(who, prefix)
                           << Qt::endl;
            if (!warning.isEmpty())
                m_runner.err() << warning << Qt::endl;
            m_runner.done(0);
        });
}

} // namespace CreatorDesk
