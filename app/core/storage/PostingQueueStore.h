// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTime>

namespace CreatorDesk {

// One weekly posting time: a day of the week (Qt::Monday = 1 ... Qt::Sunday = 7) and a time of
// day, in the queue's time zone.
struct QueueSlot
{
    int day = Qt::Monday;
    QTime time;

    bool operator==(const QueueSlot &) const = default;
    bool operator<(const QueueSlot &other) const
    {
        return day != other.day ? day < other.day : time < other.time;
    }
};

// A social set's posting queue: its weekly times, the zone they are in, and how a queued draft
// is scheduled (priority and jitter, as the schedule endpoint takes them).
struct QueueSettings
{
    QList<QueueSlot> slots; // sorted, no duplicates
    QString timeZone;       // IANA id; empty: the system's
    int priority = 0;
    bool applyJitter = true;

    bool operator==(const QueueSettings &) const = default;
};

// The posting queues of every social set, in one JSON file beside the connections, so the app
// and creatordesk-cli share them. Written whole and atomically (storage/DataFile).
class PostingQueueStore final
{
public:
    // `file` empty: AppPaths::postingQueueFile().
    explicit PostingQueueStore(const QString &file = {});

    QString fileName() const { return m_file; }
    // Reads the file again; an unreadable file leaves no queue and says why in lastError().
    void reload();
    QueueSettings settings(const QString &socialSetId) const;
    QStringList socialSetIds() const { return m_queues.keys(); }
    // Keeps `settings` (slots sorted, duplicates dropped); returns false and lastError() when
    // the file could not be written (the queue in memory is not changed then).
    bool setSettings(const QString &socialSetId, QueueSettings settings);
    QString lastError() const { return m_error; }

    // "Mon 09:00, Tue 09:00" in the person's language.
    static QString describe(const QList<QueueSlot> &slots);
    // One slot in the person's language: "Monday 09:00" (or "Mon 09:00" with ShortFormat).
    static QString describe(const QueueSlot &slot,
                            QLocale::FormatType dayFormat = QLocale::ShortFormat);

private:
    QString m_file;
    QString m_error;
    QHash<QString, QueueSettings> m_queues;
};

} // namespace CreatorDesk
