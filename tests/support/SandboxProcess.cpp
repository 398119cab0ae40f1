// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxProcess.h"

#include <QNetworkReply>
#include <QSignalSpy>

namespace CreatorDesk::Testing {

namespace {
constexpr int StartTimeoutMs = 15'000;
constexpr int RequestTimeoutMs = 15'000;

SandboxProcess::RawAnswer wait(QNetworkReply *reply)
{
    SandboxProcess::RawAnswer answer;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(RequestTimeoutMs);
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    reply->deleteLater();
    return answer;
}
} // namespace

SandboxProcess::SandboxProcess(QStringList extraArguments)
    : m_arguments(std::move(extraArguments))
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SandboxProcess::start()
{
    const QString program = qEnvironmentVariable("CREATORDESK_SANDBOX");
    if (program.isEmpty()) {
        m_error = QStringLiteral("CREATORDESK_SANDBOX is not set");
        return false;
    }
    // It ends with this test even if the test crashes: its stdin closes then.
    QStringList arguments = {QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--exit-on-stdin-close")};
    arguments += m_arguments;
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        m_error = m_process.errorString();
        return false;
    }
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(StartTimeoutMs)) {
            m_error = QStringLiteral("the sandbox printed no URL");
            return false;
        }
    }
    m_rootUrl = QUrl(QString::fromUtf8(m_process.readLine().trimmed()));
    if (!m_rootUrl.isValid() || m_rootUrl.host() != QLatin1String("127.0.0.1")) {
        m_error = QStringLiteral("unexpected URL line: ") + m_rootUrl.toString();
        return false;
    }
    return true;
}

int SandboxProcess::stopByClosingStdin()
{
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10'000))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

bool SandboxProcess::kill()
{
    m_process.kill();
    return m_process.waitForFinished(10'000);
}

QUrl SandboxProcess::serviceUrl(const QString &sandboxPath) const
{
    QUrl url = m_rootUrl;
    url.setPath(sandboxPath);
    return url;
}

nlohmann::json SandboxProcess::requests(const QString &pathSuffix)
{
    const nlohmann::json all = control(QStringLiteral("requests"));
    nlohmann::json kept = nlohmann::json::array();
    if (!all.is_object() || !all.contains("requests"))
        return kept;
    const std::string suffix = pathSuffix.toStdString();
    for (const nlohmann::json &entry : all.at("requests")) {
        const std::string path = entry.value("path", std::string());
        if (path.size() >= suffix.size() &&
            path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0)
            kept.push_back(entry);
    }
    return kept;
}

nlohmann::json SandboxProcess::control(const QString &path, const nlohmann::json &body)
{
    QNetworkRequest request(serviceUrl(QStringLiteral("/_sandbox/") + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = body.is_null()
                               ? m_network.get(request)
                               : m_network.post(request, QByteArray::fromStdString(body.dump()));
    const RawAnswer answer = wait(reply);
    if (answer.status != 200)
        return nlohmann::json(nlohmann::json::value_t::discarded);
    return nlohmann::json::parse(answer.body.constBegin(), answer.body.constEnd(), nullptr, false);
}

bool SandboxProcess::setFaults(double errorRate, double rateLimitedRate, double dropRate,
                               int latencyMs)
{
    const nlohmann::json answer =
        control(QStringLiteral("faults"), {{"errorRate", errorRate},
                                           {"rateLimitedRate", rateLimitedRate},
                                           {"dropRate", dropRate},
                                           {"latencyMs", latencyMs},
                                           {"latencyJitterMs", 0}});
    return !answer.is_discarded();
}

SandboxProcess::RawAnswer SandboxProcess::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return wait(m_network.get(request));
}

} // namespace CreatorDesk::Testing
