// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace CreatorDesk {

class CliRunner;
class HttpClient;
struct SignInResult;

// creatordesk-cli login --email ADDRESS | --google | --twitter: signs in to xAIcreator and
// keeps the returned key in the keychain as a connection.
class LoginCommand final : public QObject
{
    Q_OBJECT

public:
    LoginCommand(CliRunner &runner, HttpClient *http, QObject *parent = nullptr);

    void start();

private:
    void signedIn(const SignInResult &result);
    static QString readPassword();

    CliRunner &m_runner;
    HttpClient *m_http;
};

} // namespace CreatorDesk
