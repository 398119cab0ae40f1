// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DraftStore.h"

#include "storage/NewestFirst.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)
};

const auto StateFile = QStringLiteral("last-open.txt");
const auto Suffix = QStringLiteral(".json");
} // namespace

DraftStore::DraftStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                            QStringLiteral("/drafts")
                      : directory)
{
    QDir().mkpath(m_directory);
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &DraftStore::flush);
}

DraftStore::~DraftStore()
{
    flush();
}

QString DraftStore::fileFor(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + Suffix;
}

QString DraftStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QList<LocalDraft> DraftStore::loadAll()
{
    m_problems.clear();
    const QDir dir(m_directory);
    QStringList names;
    // The names alone: with 10,000 drafts, a stat per file (QDir's filters) costs more than
    // reading them; an unreadable file shows up below, when it cannot be loaded.
    for (QDirIterator it(m_directory, {QStringLiteral("*") + Suffix}, QDir::Files); it.hasNext();) {
        it.next();
        names.append(it.fileName());
    }
    // Read and parsed on every core: this is most of the time to show a long list.
    QList<std::optional<LocalDraft>> loaded = QtConcurrent::blockingMapped(
        names, [this](const QString &name) { return load(name.chopped(Suffix.size())); });
    QList<LocalDraft> drafts;
    drafts.reserve(loaded.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        if (loaded.at(i)) {
            drafts.append(std::move(*loaded[i]));
            continue;
        }
        // Kept for the person to recover by hand; the app starts anyway.
        const QString path = dir.filePath(name);
        const QString aside =
            path + QStringLiteral(".corrupt-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddhhmmss"));
        const bool moved = QFile::rename(path, aside);
        m_problems.append(
            moved ? Tr::tr("The draft file %1 could not be read and was moved "
                           "aside as %2.")
                        .arg(QDir::toNativeSeparators(path), QFileInfo(aside).fileName())
                  : Tr::tr("The draft file %1 could not be read.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    sortNewestFirst(drafts, [](const LocalDraft &draft) { return draft.modified; });
    return drafts;
}

std::optional<LocalDraft> DraftStore::load(const QString &id) const
{
    QFile file(fileFor(id));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    std::optional<LocalDraft> draft = LocalDraft::fromJson(document.object());
    if (draft && draft->id != id)
        return std::nullopt;
    // Later reads don't move it: what the person edits comes from the first one.
    if (draft)
        rememberVersion(id, bytes, true);
    return draft;
}

bool DraftStore::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QDir().mkpath(m_directory);
    QSaveFile file(path);
    QString problem;
    if (!file.open(QIODevice::WriteOnly))
        problem = file.errorString();
    else if (file.write(data) != data.size())
        problem = file.errorString();
    // Qt 6.4's commit() can report success after a buffered write failed (EFBIG, ENOSPC) and
    // would put a truncated file in place of the good one; an explicit flush sees the error.
    else if (!file.flush())
        problem = file.errorString();
    if (problem.isEmpty() && !file.commit())
        problem = file.errorString();
    if (problem.isEmpty())
        return true;
    file.cancelWriting();
    if (error)
        *error = Tr::tr("Could not write %1: %2. The draft stays open here and nothing is lost; "
                        "free some space or fix the folder's permissions, and Creator Desk saves "
                        "it as soon as it can.")
                     .arg(QDir::toNativeSeparators(path), problem);
    return false;
}

void DraftStore::rememberVersion(const QString &id, const QByteArray &bytes,
                                 bool onlyIfUnknown) const
{
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    const QMutexLocker lock(&m_versionsMutex);
    if (!onlyIfUnknown || !m_versions.contains(id))
        m_versions.insert(id, digest);
}

std::optional<QByteArray> DraftStore::changedSinceKnown(const QString &id) const
{
    QByteArray known;
    {
        const QMutexLocker lock(&m_versionsMutex);
        known = m_versions.value(id);
    }
    // A file this store never saw has no version to differ from; a file gone is no conflict.
    QFile file(fileFor(id));
    if (known.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha1) == known)
        return std::nullopt;
    return bytes;
}

bool DraftStore::keepOtherVersion(const QString &id, const QByteArray &bytes, KeptVersion *kept,
                                  QString *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    std::optional<LocalDraft> theirs = LocalDraft::fromJson(document.object());
    if (!theirs) {
        // Not a draft we can read: kept byte for byte beside it, like a corrupt file.
        const QString aside =
            fileFor(id) + QStringLiteral(".elsewhere-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddhhmmss"));
        kept->file = aside;
        return writeFile(aside, bytes, error);
    }
    kept->draftId = newId();
    theirs->id = kept->draftId;
    theirs->title = Tr::tr("%1 (changed elsewhere)")
                        .arg(theirs->title.isEmpty() ? Tr::tr("Untitled") : theirs->title);
    const QByteArray data = QJsonDocument(theirs->toJson()).toJson(QJsonDocument::Indented);
    if (!writeFile(fileFor(kept->draftId), data, error))
        return false;
    rememberVersion(kept->draftId, data, false);
    return true;
}

bool DraftStore::save(const LocalDraft &draft, QString *error)
{
    m_pending.remove(draft.id);
    QString message;
    KeptVersion kept;
    const std::optional<QByteArray> other = changedSinceKnown(draft.id);
    // The other version is kept first; if it can't be, this save waits rather than erase it.
    if (other && !keepOtherVersion(draft.id, *other, &kept, &message)) {
        m_pending.insert(draft.id, draft);
        m_debounce.start(RetryMs);
        if (error)
            *error = message;
        Q_EMIT saveFailed(draft.id, message);
        return false;
    }
    const QByteArray data = QJsonDocument(draft.toJson()).toJson(QJsonDocument::Indented);
    if (!writeFile(fileFor(draft.id), data, &message)) {
        m_pending.insert(draft.id, draft); // kept for the next try; nothing is lost
        m_debounce.start(RetryMs);
        if (error)
            *error = message;
        Q_EMIT saveFailed(draft.id, message);
        return false;
    }
    rememberVersion(draft.id, data, false);
    if (!kept.draftId.isEmpty())
        Q_EMIT draftSaved(kept.draftId);
    Q_EMIT draftSaved(draft.id);
    if (!other)
        return true;
    const QString where =
        kept.draftId.isEmpty()
            ? Tr::tr("the other one, which could not be read as a draft, in the file %1")
                  .arg(QDir::toNativeSeparators(kept.file))
            : Tr::tr("the other one as a draft of its own ending in “(changed elsewhere)”");
    Q_EMIT changedElsewhere(draft.id, kept.draftId,
                            Tr::tr("This draft was also changed outside this window (by another "
                                   "Creator Desk or a sync tool). Both versions are kept: yours "
                                   "here, %1.")
                                .arg(where));
    return true;
}

void DraftStore::scheduleSave(const LocalDraft &draft)
{
    m_pending.insert(draft.id, draft);
    m_debounce.start(DebounceMs);
}

bool DraftStore::flush()
{
    m_debounce.stop(); // a failed save below starts it again for the retry
    const QList<LocalDraft> pending = m_pending.values();
    bool ok = true;
    for (const LocalDraft &draft : pending)
        ok = save(draft) && ok;
    return ok;
}

bool DraftStore::remove(const QString &id, QString *error)
{
    m_pending.remove(id);
    QFile file(fileFor(id));
    if (file.exists() && !file.remove()) {
        if (error)
            *error = Tr::tr("Could not delete %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    Q_EMIT draftRemoved(id);
    return true;
}

QString DraftStore::lastOpenId() const
{
    QFile file(m_directory + QLatin1Char('/') + StateFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

void DraftStore::setLastOpenId(const QString &id)
{
    if (id == lastOpenId())
        return;
    (void)writeFile(m_directory + QLatin1Char('/') + StateFile, id.toUtf8(), nullptr);
}

} // namespace CreatorDesk
