// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QThread>

#include <algorithm>

namespace CreatorDesk {

namespace {

const QByteArray Acknowledged = "activated\n";

QString serverNameFor(const QString &dataDirectory)
{
    // Per data folder (and so per user): another person's Creator Desk is no reason to stop.
    const QByteArray digest = QCryptographicHash::hash(QDir(dataDirectory).absolutePath().toUtf8(),
                                                       QCryptographicHash::Sha256);
    return QStringLiteral("creatordesk-") + QString::fromLatin1(digest.toHex().left(24));
}

QString lockFileIn(const QString &dataDirectory)
{
    QDir().mkpath(dataDirectory);
    return dataDirectory + QStringLiteral("/creatordesk.lock");
}

} // namespace

SingleInstance::SingleInstance(const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_serverName(serverNameFor(dataDirectory))
    , m_lock(lockFileIn(dataDirectory))
{
    // The lock is held for the whole run, so age says nothing; a dead owner's PID does.
    m_lock.setStaleLockTime(0);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QJsonArray arguments = QJsonDocument::fromJson(socket->readLine()).array();
                socket->write(Acknowledged);
                socket->flush();
                QStringList list;
                for (const QJsonValue &argument : arguments)
                    list.append(argument.toString());
                Q_EMIT activationRequested(list);
            });
        }
    });
}

SingleInstance::~SingleInstance()
{
    m_server.close();
    m_lock.unlock();
}

bool SingleInstance::claim()
{
    if (!m_lock.tryLock(0))
        return m_lock.error() != QLockFile::LockFailedError;
    // A socket left by a crashed instance would make listen() fail.
    QLocalServer::removeServer(m_serverName);
    if (!m_server.listen(m_serverName)) {
        qWarning("A second start of Creator Desk could not reach this one: %s",
                 qPrintable(m_server.errorString()));
    }
    return true;
}

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs, QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    // The running instance may hold the lock but not listen yet (it is starting).
    while (true) {
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(int(std::clamp<qint64>(deadline.remainingTime(), 1, 500))))
            break;
        if (deadline.hasExpired()) {
            *error = tr("Creator Desk is already running but does not answer. Close it (or end "
                        "it in the task manager) and start Creator Desk again.");
            return false;
        }
        QThread::msleep(100);
    }
    socket.write(
        QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n');
    socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())));
    while (!socket.canReadLine() && !deadline.hasExpired())
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    if (socket.readLine() != Acknowledged) {
        *error = tr("Creator Desk is already running but did not come to the front. Switch to "
                    "its window, or close it and start Creator Desk again.");
        return false;
    }
    return true;
}

} // namespace CreatorDesk
