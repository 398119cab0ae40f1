// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace CreatorDesk {

class CliRunner;
class HttpClient;
struct SignInResult;

// creatordesk-cli login --email ADDRESS | --google | --twitter [--print-key]: signs in to
// xAIcreator and keeps the returned key in the keychain as a connection; without a keychain,
// only with --print-key, and then the key is printed once instead.
class LoginCommand final : public QObject
{
    Q_OBJECT

public:
    LoginCommand(CliRunner &runner, HttpClient *http, QObject *parent = nullptr);

    void start();

private:
    void signIn();
    void signedIn(const SignInResult &result, const QString &method);
    void printKeyOnce(const QString &key, const QString &who, const QString &why);
    static QString readPassword();

    CliRunner &m_runner;
    HttpClient *m_http;
    QString m_keychainProblem; // why the keychain cannot keep a key; empty: it can
};

} // namespace CreatorDesk
