// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QStringList>

namespace CreatorDesk {

// One Creator Desk per user's data: two windows on the same drafts would overwrite each
// other's typing. The first start holds a lock file in the data folder and listens on a local
// socket; a second start hands its arguments to the first (which comes to the front) and ends.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    // dataDirectory: the folder whose files the instances would share.
    explicit SingleInstance(const QString &dataDirectory, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the one to run: it took the lock (a crashed instance's lock is
    // taken over), or the lock can't be made at all and there is nobody to defer to.
    bool claim();
    // For a second start: sends `arguments` to the running instance and waits for its answer,
    // up to timeoutMs (it may itself be starting). False with a sentence in `error`.
    bool handOver(const QStringList &arguments, int timeoutMs, QString *error);

    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    // The running instance was started again with these arguments.
    void activationRequested(const QStringList &arguments);

private:
    QString m_serverName;
    QLockFile m_lock;
    QLocalServer m_server;
};

} // namespace CreatorDesk
