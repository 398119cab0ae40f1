// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/LocalDraft.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTimer>

namespace CreatorDesk {

// The local drafts: one JSON file per draft under AppDataLocation/drafts, each written with
// QSaveFile (the old file or the new one, never half). Changes are saved 500 ms after the last
// one (scheduleSave) and at once by flush(), which the app calls on quit. A failed write keeps
// the draft pending in memory and says why; it is tried again every RetryMs, on the next change
// and on flush.
//
// Another program may write the same files (a second Creator Desk, a sync tool). The store
// remembers each file as it last wrote it or first read it; when a save finds the file changed
// since, the other version is kept as a draft of its own before this one is written
// (changedElsewhere), so neither side's words are lost.
class DraftStore final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 500;
    // After a failed write, pending drafts are tried again this often (and on every change).
    static constexpr int RetryMs = 5000;

    // An empty directory means AppDataLocation/drafts.
    explicit DraftStore(const QString &directory = {}, QObject *parent = nullptr);
    ~DraftStore() override;

    QString directory() const { return m_directory; }
    QString fileFor(const QString &id) const;

    // Every readable draft, newest change first. Unreadable files are moved aside (renamed to
    // *.corrupt), never deleted, and named in problems().
    QList<LocalDraft> loadAll();
    std::optional<LocalDraft> load(const QString &id) const;
    QStringList problems() const { return m_problems; }

    // Writes now; false with a sentence in `error` when the disk refused.
    bool save(const LocalDraft &draft, QString *error = nullptr);
    void scheduleSave(const LocalDraft &draft);
    bool hasPending() const { return !m_pending.isEmpty(); }
    // Writes every pending draft now; false if any write failed.
    bool flush();
    bool remove(const QString &id, QString *error = nullptr);

    static QString newId();

    // The draft that was open when the app last ran.
    QString lastOpenId() const;
    void setLastOpenId(const QString &id);

Q_SIGNALS:
    void draftSaved(const QString &id);
    void saveFailed(const QString &id, const QString &message);
    void draftRemoved(const QString &id);
    // Saving `id` found its file changed by another program; that version is now the draft
    // `copyId` (listed through draftSaved; empty when it was kept as a file), and `message`
    // says where.
    void changedElsewhere(const QString &id, const QString &copyId, const QString &message);

private:
    bool writeFile(const QString &path, const QByteArray &data, QString *error);
    // The file's bytes when they differ from what this store last wrote or first read.
    std::optional<QByteArray> changedSinceKnown(const QString &id) const;
    // Where keepOtherVersion() put the other version: a new draft, or (unreadable) a file.
    struct KeptVersion
    {
        QString draftId;
        QString file;
    };
    // Keeps those bytes as a new draft (or, unreadable, beside the file); false if it can't.
    bool keepOtherVersion(const QString &id, const QByteArray &bytes, KeptVersion *kept,
                          QString *error);
    void rememberVersion(const QString &id, const QByteArray &bytes, bool onlyIfUnknown) const;

    QString m_directory;
    QHash<QString, LocalDraft> m_pending;
    QTimer m_debounce;
    QStringList m_problems;
    // SHA-1 of each file as this store knows it; loadAll() reads on several threads.
    mutable QMutex m_versionsMutex;
    mutable QHash<QString, QByteArray> m_versions;
};

} // namespace CreatorDesk
