// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSandbox.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>

using namespace std::chrono_literals;

namespace CreatorDesk {

namespace {

bool isLoopbackHttp(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("http") && url.port() > 0 &&
           QHostAddress(url.host()).isLoopback();
}

} // namespace

DemoSandbox::DemoSandbox(QObject *parent)
    : QObject(parent)
    , m_program(defaultProgram())
    , m_process(new QProcess(this))
{
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(10s);
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(3s);

    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("The demo server did not report its address within %n seconds.", nullptr,
                int(m_startTimer.intervalAsDuration() / 1s)));
    });
    connect(&m_killTimer, &QTimer::timeout, m_process, &QProcess::kill);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoSandbox::readAddress);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The demo server %1 could not be started: %2")
                     .arg(QDir::toNativeSeparators(m_program), m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, &DemoSandbox::onFinished);
}

DemoSandbox::~DemoSandbox()
{
    // Normally stop() has ended it; if not, it must not outlive us. (Its stdin closes with
    // us too, which ends it by itself.)
    if (isRunning()) {
        m_process->disconnect(this);
        m_process->kill();
    }
}

QString DemoSandbox::defaultProgram()
{
    return programIn(QCoreApplication::applicationDirPath());
}

QString DemoSandbox::programIn(const QString &directory)
{
    const QString name = QStringLiteral("creatordesk-sandbox");
    const QString found = QStandardPaths::findExecutable(name, {directory});
    return found.isEmpty() ? QDir(directory).filePath(name) : found;
}

bool DemoSandbox::isRunning() const
{
    return m_process->state() != QProcess::NotRunning;
}

void DemoSandbox::start()
{
    if (isRunning())
        return;
    m_rootUrl = {};
    m_stopping = false;
    m_failed = false;
    const QFileInfo info(m_program);
    if (!info.exists() || !info.isExecutable()) {
        // Reported from the event loop, like every other outcome of start().
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(tr("The demo server was not found at %1. It is built with Creator Desk and "
                        "belongs in the same folder as the creatordesk program.")
                         .arg(QDir::toNativeSeparators(m_program)));
            },
            Qt::QueuedConnection);
        return;
    }
    qCInfo(lcApp) << "starting demo server" << m_program;
    m_process->setProgram(m_program);
    m_process->setArguments(
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--exit-on-stdin-close")});
    m_startTimer.start();
    m_process->start();
}

void DemoSandbox::stop()
{
    m_startTimer.stop();
    if (!isRunning()) {
        QMetaObject::invokeMethod(this, &DemoSandbox::stopped, Qt::QueuedConnection);
        return;
    }
    m_stopping = true;
    m_process->closeWriteChannel();
    m_process->terminate();
    m_killTimer.start();
}

void DemoSandbox::readAddress()
{
    if (m_rootUrl.isValid() || m_failed) {
        m_process->readAllStandardOutput(); // only the first line matters
        return;
    }
    if (!m_process->canReadLine())
        return;
    const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
    const QUrl url(line, QUrl::StrictMode);
    if (!isLoopbackHttp(url)) {
        fail(tr("The demo server answered with \"%1\" instead of its local address.").arg(line));
        return;
    }
    m_startTimer.stop();
    m_rootUrl = url;
    qCInfo(lcApp) << "demo server listening at" << url.toDisplayString();
    Q_EMIT started(m_rootUrl);
}

void DemoSandbox::onFinished(int exitCode)
{
    m_startTimer.stop();
    m_killTimer.stop();
    if (!m_rootUrl.isValid() && !m_stopping && !m_failed) {
        const QString detail = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
        fail(detail.isEmpty()
                 ? tr("The demo server stopped before it was ready (exit code %1).").arg(exitCode)
                 : tr("The demo server stopped before it was ready (exit code %1): %2")
                       .arg(QString::number(exitCode), detail));
        return;
    }
    qCInfo(lcApp) << "demo server ended with exit code" << exitCode;
    Q_EMIT stopped();
}

void DemoSandbox::fail(const QString &reason)
{
    if (m_failed)
        return;
    m_failed = true;
    m_startTimer.stop();
    if (isRunning())
        m_process->kill();
    qCWarning(lcApp).noquote() << reason;
    Q_EMIT failed(reason);
}

} // namespace CreatorDesk
