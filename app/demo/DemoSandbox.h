// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QProcess;

namespace CreatorDesk {

// Runs `creatordesk-sandbox --port 0 --exit-on-stdin-close` and reads the base URL it prints
// as its first line. Everything is asynchronous: started() or failed() follows start().
class DemoSandbox final : public QObject
{
    Q_OBJECT

public:
    explicit DemoSandbox(QObject *parent = nullptr);
    ~DemoSandbox() override;

    // The sandbox beside the running executable.
    static QString defaultProgram();
    // creatordesk-sandbox in `directory`, with the platform's suffix (.exe on Windows); when it
    // is not there, the path it was looked for at, for the error message.
    static QString programIn(const QString &directory);

    QString program() const { return m_program; }
    void setProgram(const QString &program) { m_program = program; }
    void setStartTimeout(std::chrono::milliseconds timeout) { m_startTimer.setInterval(timeout); }
    void setStopTimeout(std::chrono::milliseconds timeout) { m_killTimer.setInterval(timeout); }

    bool isRunning() const;
    QUrl rootUrl() const { return m_rootUrl; }

    void start();
    // Asks the sandbox to end (stdin closed, SIGTERM), kills it after the stop time-out;
    // stopped() follows.
    void stop();

Q_SIGNALS:
    void started(const QUrl &rootUrl);
    void failed(const QString &reason);
    void stopped();

private:
    void readAddress();
    void onFinished(int exitCode);
    void fail(const QString &reason);

    QString m_program;
    QProcess *m_process;
    QTimer m_startTimer;
    QTimer m_killTimer;
    QUrl m_rootUrl;
    bool m_stopping = false;
    bool m_failed = false;
};

} // namespace CreatorDesk
