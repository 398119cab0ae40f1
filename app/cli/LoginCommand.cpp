// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/LoginCommand.h"

#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "auth/NewKeyKeeper.h"
#include "auth/OAuthSignIn.h"
#include "cli/CliRunner.h"
#include "cli/Terminal.h"
#include "storage/ConnectionStore.h"

#include <QProcess>

#include <cstdio>
#include <iostream>
#include <string>

namespace CreatorDesk {

LoginCommand::LoginCommand(CliRunner &runner, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_http(http)
{}

QString LoginCommand::readPassword()
{
    // On a terminal, ask; what is typed is not shown.
    const bool asking = Terminal::isInteractive(stdin);
    if (asking)
        std::fputs(tr("Password: ").toLocal8Bit().constData(), stderr);
    const std::string line = Terminal::readLineUnechoed();
    if (asking)
        std::fputs("\n", stderr);
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
    if (options.email.isEmpty() && !options.google && !options.twitter) {
        m_runner.done(2, tr("Usage: login --email ADDRESS | login --google | login --twitter "
                            "[--print-key]"));
        return;
    }
    m_runner.whenKeyCanBeKept(
        this,
        tr("%1 Creator Desk did not sign in: the server would show the new key only once, and it "
           "could not be kept. Start or unlock the keychain and try again, or add --print-key to "
           "have the key printed once to this terminal instead."),
        [this](const QString &keychainProblem) {
            m_keychainProblem = keychainProblem;
            signIn();
        });
}

void LoginCommand::signIn()
{
    const CliOptions &options = m_runner.options();
    auto *api = new ApiClient(m_http, this);
    if (!options.email.isEmpty()) {
        const QString password = readPassword();
        api->login(options.email, password, this, [this](const Result<SignInResult> &result) {
            if (!result)
                m_runner.done(1, result.error().userMessage());
            else
                signedIn(result.value(), tr("email"));
        });
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
    connect(signIn, &OAuthSignIn::succeeded, this, [this](const SignInResult &result) {
        signedIn(result, m_runner.options().google ? tr("Google") : tr("X"));
    });
    connect(signIn, &OAuthSignIn::failed, this,
            [this](const QString &message) { m_runner.done(1, message); });
    signIn->start();
}

void LoginCommand::signedIn(const SignInResult &result, const QString &method)
{
    const QString key = result.apiKey.key;
    const QString who = result.user.email.isEmpty() ? m_http->service().name : result.user.email;
    const ConnectionRecord record = ConnectionRecord::forKey(
        m_http->service(), ConnectionRecord::signInName(who, m_http->service().name, method),
        m_http->baseUrl(), key);
    const QString prefix = record.keyPrefix;
    if (m_runner.options().demo) {
        m_runner.out()
            << tr("Signed in as %1 (key %2). In demo mode the key is not stored.").arg(who, prefix)
            << Qt::endl;
        m_runner.done(0);
        return;
    }
    if (!m_keychainProblem.isEmpty()) {
        printKeyOnce(key, who, m_keychainProblem);
        return;
    }
    auto *keeper = new NewKeyKeeper(&m_runner.store(), m_http, this);
    connect(
        keeper, &NewKeyKeeper::finished, this,
        [this, key, who, prefix, warning = result.warning](const NewKeyKeeper::Outcome &outcome) {
            switch (outcome.kind) {
            case NewKeyKeeper::Outcome::Kind::Stored:
                m_runner.out() << tr("Signed in as %1. The key %2 is stored in the keychain as "
                                     "the connection \"%3\".")
                                      .arg(who, prefix, outcome.record.displayName)
                               << Qt::endl;
                if (!warning.isEmpty())
                    m_runner.err() << warning << Qt::endl;
                m_runner.done(0);
                return;
            case NewKeyKeeper::Outcome::Kind::HandedBack:
                printKeyOnce(key, who, outcome.message);
                return;
            case NewKeyKeeper::Outcome::Kind::Revoked:
            case NewKeyKeeper::Outcome::Kind::Orphaned:
                m_runner.done(1, tr("Signed in, but: %1").arg(outcome.message));
                return;
            }
        });
    keeper->keep(record, key, result.apiKey.id,
                 m_runner.options().printKey ? NewKeyKeeper::IfNotStored::HandBack
                                             : NewKeyKeeper::IfNotStored::Revoke);
}

void LoginCommand::printKeyOnce(const QString &key, const QString &who, const QString &why)
{
    m_runner.printKeyOnce(key, tr("Signed in as %1, but the key could not be stored: %2 Here it "
                                  "is, shown only this once:")
                                   .arg(who, why));
}

} // namespace CreatorDesk
