// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/PublishController.h"
#include "publish/PublishPlan.h"

#include <QDateTime>
#include <QList>
#include <QObject>

namespace CreatorDesk {

// A publish that could not reach the server and waits to be sent.
struct OutboxEntry
{
    QString id;
    QDateTime queuedAt; // UTC
    // Where it is to go (the service's base URL): an entry never goes to another service or
    // account, e.g. one queued on the demo sandbox.
    QString connection;
    PublishDraft draft; // its jobId is fixed when queued
    QList<SocialAccount> accounts;
    PublishOptions options;
};

// Publishes that wait for the connection to return, kept in one JSON file (written by
// storage's DataFile, so it is the old file or the new one, never half). It holds what is needed to
// send again: the text, the accounts, the options and the jobId; never a key. Nothing here
// sends: the person is asked first.
class Outbox final : public QObject
{
    Q_OBJECT

public:
    // `file` empty: outbox.json in the application's data directory.
    explicit Outbox(const QString &file = {}, QObject *parent = nullptr);

    QString fileName() const { return m_file; }
    const QList<OutboxEntry> &entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    QString lastError() const { return m_error; }

    // Queues a publish; gives the draft a jobId when it has none. Returns the entry's id.
    QString add(const QString &connection, PublishDraft draft, const QList<SocialAccount> &accounts,
                const PublishOptions &options);
    QList<OutboxEntry> entriesFor(const QString &connection) const;
    int countFor(const QString &connection) const { return int(entriesFor(connection).size()); }
    bool remove(const QString &id);
    // Reads the file again (another window or a crash may have left entries).
    void reload();

Q_SIGNALS:
    void changed();

private:
    bool save();

    QString m_file;
    QString m_error;
    QList<OutboxEntry> m_entries;
};

} // namespace CreatorDesk
