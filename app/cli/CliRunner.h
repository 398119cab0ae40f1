// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliOptions.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTextStream>

#include <functional>
#include <memory>

namespace CreatorDesk {

class CliConnection;
class ConnectionStore;
class HttpClient;
class SecretStore;
class ServiceRegistry;

// creatordesk-cli: opens one connection, runs one command, quits with its exit code.
// Asynchronous throughout; prints no key (a created key goes to the keychain), except the one
// time the person asks for it with --print-key because no keychain can keep it.
class CliRunner final : public QObject
{
    Q_OBJECT

public:
    explicit CliRunner(CliOptions options, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const CliOptions &options() const { return m_options; }
    ConnectionStore &store() { return *m_store; }
    // Ends the run: prints `message` (if any) to stderr, stops the demo sandbox, exits.
    void done(int exitCode, const QString &message = {});
    // Asks on the terminal; false without one (a script must say yes with an option instead).
    static bool askYesNo(const QString &question);
    // Before a service is asked for a key it shows only once: runs `mint` once the keychain
    // answers (with an empty problem), or without one when --print-key allows it (with why);
    // otherwise ends the run with `refusal`, whose %1 is why.
    void whenKeyCanBeKept(QObject *context, const QString &refusal,
                          std::function<void(const QString &keychainProblem)> mint);
    // --print-key: `said` on stderr, then the key alone on a line of stdout, once; ends the run.
    void printKeyOnce(const QString &key, const QString &said);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void run(HttpClient *http);
    void runCredits(HttpClient *http);
    void runSchedule(HttpClient *http);
    void runCount();

    CliOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
    QNetworkAccessManager m_network;
    std::unique_ptr<ServiceRegistry> m_registry;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SecretStore> m_session;
    std::unique_ptr<ConnectionStore> m_store;
    CliConnection *m_connection = nullptr;
    bool m_done = false;
};

} // namespace CreatorDesk
