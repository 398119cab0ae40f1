// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QNetworkAccessManager>
#include <QProcess>
#include <QUrl>

namespace CreatorDesk::Testing {

// A real creatordesk-sandbox on a free loopback port for one test, and its control plane.
// Blocking waits are fine here: this is test code, never product code.
class SandboxProcess final
{
public:
    explicit SandboxProcess(QStringList extraArguments = {});
    ~SandboxProcess();

    // Starts the sandbox (path from $CREATORDESK_SANDBOX) and reads its URL line.
    bool start();
    QString errorString() const { return m_error; }
    QUrl rootUrl() const { return m_rootUrl; }
    // Ends it the way an app's exit does (its stdin closes); the exit code, -1 if it hung.
    int stopByClosingStdin();
    // Ends it the hard way (SIGKILL), as a crash or a pulled plug would; true once it is gone.
    bool kill();
    // Root URL + a service's sandbox path, e.g. "/api/v1".
    QUrl serviceUrl(const QString &sandboxPath) const;

    // Control plane: POST /_sandbox/<path> with `body`, GET when body is null. Returns the
    // answer's JSON, or a discarded value on failure.
    nlohmann::json control(const QString &path, const nlohmann::json &body = nullptr);
    bool setFaults(double errorRate, double rateLimitedRate = 0, double dropRate = 0,
                   int latencyMs = 0);
    nlohmann::json stats() { return control(QStringLiteral("stats")); }
    // The requests the services received, oldest first (secrets redacted by the sandbox):
    // each {method, path, query, body}. pathSuffix keeps those whose path ends with it.
    nlohmann::json requests(const QString &pathSuffix = {});
    void clearRequests() { control(QStringLiteral("requests/clear"), nlohmann::json::object()); }

    // Sends a raw request and returns {status, body, Location header}; no redirects followed.
    struct RawAnswer
    {
        int status = 0;
        QByteArray body;
        QUrl location;
    };
    RawAnswer get(const QUrl &url);

private:
    QStringList m_arguments;
    QProcess m_process;
    QUrl m_rootUrl;
    QString m_error;
    QNetworkAccessManager m_network;
};

} // namespace CreatorDesk::Testing
