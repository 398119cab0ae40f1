// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTextStream>

#include <memory>

namespace CreatorDesk {

class CliConnection;
class ConnectionStore;
class HttpClient;
class SecretStore;
class ServiceRegistry;

// creatordesk-cli: opens one connection, runs one command, quits with its exit code.
// Asynchronous throughout; prints no key, ever (a created key goes to the keychain).
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
