// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ImportRunner.h"

#include "api/ApiClient.h"
#include "common/DisplayTime.h"
#include "schedule/DraftScheduler.h"
#include "storage/DraftStore.h"

#include <QFileInfo>

#include <algorithm>

namespace CreatorDesk {

namespace {
// A reason as the end of a sentence.
QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

QString titleOf(const QString &post)
{
    constexpr qsizetype Length = 60;
    const QString line = post.section(QLatin1Char('\n'), 0, 0).trimmed();
    return line.size() <= Length ? line : line.left(Length - 1) + QChar(0x2026);
}
} // namespace

ImportRunner::ImportRunner(DraftStore *store, ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_scheduler(new DraftScheduler(this))
{
    m_scheduler->setClient(client);
    m_scheduler->setStore(store);
    connect(m_scheduler, &DraftScheduler::scheduled, this,
            [this](const QString &localId, const QString &, const QDateTime &when) {
                if (!m_running || localId != m_draft.id)
                    return;
                ++m_scheduled;
                rowDone(tr("scheduled for %1")
                            .arg(displayLocalDateTime(when.isValid() ? when : m_row.scheduledAt)));
            });
    connect(m_scheduler, &DraftScheduler::failed, this, [this](const QString &message) {
        if (m_running)
            rowFailed(tr("%1 Its draft was saved on this computer, not scheduled.")
                          .arg(sentence(message)));
    });
}

ImportRunner::~ImportRunner() = default;

void ImportRunner::start(const QList<ImportRow> &rows)
{
    start(
        [rows, next = qsizetype(0)](ImportRow &row) mutable {
            if (next >= rows.size())
                return false;
            row = rows.at(next++);
            return true;
        },
        int(rows.size()));
}

void ImportRunner::start(Source source, int total)
{
    if (m_running)
        return;
    m_source = std::move(source);
    m_total = total;
    m_index = -1;
    m_running = true;
    m_cancelled = false;
    m_created = m_scheduled = m_skipped = 0;
    m_firstNumber = m_lastNumber = m_failedNumber = 0;
    m_failure.clear();
    QMetaObject::invokeMethod(this, &ImportRunner::nextRow, Qt::QueuedConnection);
}

void ImportRunner::nextRow()
{
    if (m_cancelled) {
        finish();
        return;
    }
    m_row = ImportRow();
    if (!m_source(m_row)) {
        finish();
        return;
    }
    ++m_index;
    if (m_firstNumber == 0)
        m_firstNumber = m_row.number;
    if (!m_row.isImportable()) {
        ++m_skipped;
        m_lastNumber = m_row.number;
        Q_EMIT rowFinished(m_index, false, tr("skipped because of its problems"));
        advance();
        return;
    }
    importRow();
}

LocalDraft ImportRunner::draftOf(const ImportRow &row) const
{
    LocalDraft draft;
    draft.id = DraftStore::newId();
    draft.title = titleOf(row.posts.value(0));
    draft.created = draft.modified = QDateTime::currentDateTimeUtc();
    for (const QString &id : row.accountIds) {
        const auto known =
            std::find_if(m_accounts.begin(), m_accounts.end(),
                         [&id](const ImportAccount &a) { return a.accountId == id; });
        if (known == m_accounts.end())
            continue;
        draft.accounts.append(
            {known->accountId, known->socialSetId, platformId(known->platform), known->username});
        // A draft is in one social set: the first account's.
        if (draft.socialSetId.isEmpty())
            draft.socialSetId = known->socialSetId;
    }
    for (const QString &text : row.posts)
        draft.posts.append({text, {}});
    draft.scheduledFor = row.scheduledAt;
    return draft;
}

void ImportRunner::importRow()
{
    if (!m_store) {
        rowFailed(tr("There is no place to keep drafts on this computer."));
        return;
    }
    const bool needsClient = !m_row.mediaPaths.isEmpty() || m_row.scheduledAt.isValid();
    if (needsClient && !m_client) {
        rowFailed(tr("Not connected: media and times need a connection to xAIcreator."));
        return;
    }
    m_draft = draftOf(m_row);
    QString error;
    if (!m_store->save(m_draft, &error)) {
        // Not left to the store's retries: the summary says this row was not created.
        m_store->remove(m_draft.id);
        rowFailed(tr("Could not save its draft: %1").arg(error));
        return;
    }
    if (!m_row.mediaPaths.isEmpty())
        uploadMedia(0);
    else
        schedule();
}

void ImportRunner::uploadMedia(int from)
{
    if (from >= m_row.mediaPaths.size()) {
        QString error;
        if (!m_store->save(m_draft, &error)) {
            rowFailed(tr("Could not save its media in its draft: %1").arg(error));
            return;
        }
        schedule();
        return;
    }
    QList<MediaFile> files;
    const QStringList batch = m_row.mediaPaths.mid(from, ApiClient::MaxFilesPerUpload);
    for (const QString &path : batch)
        files.append({path, {}});
    m_client->uploadMedia(
        files, this, [this, from, batch](const Result<MediaUploadResult> &result) {
            if (!result || result.value().uploads.size() != batch.size()) {
                rowFailed(tr("Could not upload its media: %1 Its draft was saved on this computer "
                             "without them.")
                              .arg(sentence(result ? tr("the service answered for fewer files")
                                                   : result.error().userMessage())));
                return;
            }
            LocalDraft::Post &first = m_draft.posts.first();
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const UploadedMedia &uploaded = result.value().uploads.at(i);
                const QFileInfo file(batch.at(i));
                first.media.append({uploaded.mediaId, uploaded.url, file.fileName(), file.size(),
                                    uploaded.type, file.absoluteFilePath()});
                first.mediaIds.append(uploaded.mediaId);
            }
            uploadMedia(from + int(batch.size()));
        });
}

void ImportRunner::schedule()
{
    if (!m_row.scheduledAt.isValid()) {
        rowDone(tr("created"));
        return;
    }
    ScheduleChoice choice;
    choice.when = m_row.scheduledAt;
    for (const LocalDraft::Account &account : std::as_const(m_draft.accounts)) {
        if (const std::optional<Platform> platform = platformFromId(account.platform))
            choice.targets.append({account.accountId, *platform, {}});
    }
    if (const QString refusal = m_scheduler->schedule(m_draft, choice); !refusal.isEmpty())
        rowFailed(
            tr("%1 Its draft was saved on this computer, not scheduled.").arg(sentence(refusal)));
}

void ImportRunner::rowDone(const QString &text)
{
    ++m_created;
    m_lastNumber = m_row.number;
    Q_EMIT rowFinished(m_index, true, text);
    advance();
}

void ImportRunner::rowFailed(const QString &reason)
{
    m_failedNumber = m_row.number;
    m_failure = sentence(reason);
    Q_EMIT rowFinished(m_index, false, tr("failed: %1").arg(m_failure));
    finish();
}

void ImportRunner::advance()
{
    Q_EMIT progress(m_index + 1, m_total);
    // One row per turn of the event loop: the window stays responsive.
    QMetaObject::invokeMethod(this, &ImportRunner::nextRow, Qt::QueuedConnection);
}

void ImportRunner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_source = {};
    Q_EMIT finished(summary());
}

QString ImportRunner::summary() const
{
    QStringList sentences;
    const bool anyFinished = m_lastNumber > 0;
    if (m_failedNumber > 0) {
        if (!anyFinished)
            sentences.append(
                tr("Row %1 failed: %2 Nothing was imported.").arg(m_failedNumber).arg(m_failure));
        else if (m_firstNumber == m_lastNumber)
            sentences.append(tr("Row %1 done, row %2 failed: %3")
                                 .arg(m_firstNumber)
                                 .arg(m_failedNumber)
                                 .arg(m_failure));
        else
            sentences.append(tr("Rows %1–%2 done, row %3 failed: %4")
                                 .arg(m_firstNumber)
                                 .arg(m_lastNumber)
                                 .arg(m_failedNumber)
                                 .arg(m_failure));
        if (m_total < 0 || m_index + 1 < m_total)
            sentences.append(tr("Nothing after row %1 was imported.").arg(m_failedNumber));
    } else if (m_cancelled && (m_total < 0 || m_index + 1 < m_total)) {
        if (!anyFinished)
            sentences.append(tr("Stopped before the first row: nothing was imported."));
        else if (m_firstNumber == m_lastNumber)
            sentences.append(
                tr("Stopped: row %1 done, nothing after it was imported.").arg(m_lastNumber));
        else
            sentences.append(tr("Stopped: rows %1–%2 done, nothing after row %2 was imported.")
                                 .arg(m_firstNumber)
                                 .arg(m_lastNumber));
    }
    sentences.append(tr("%n draft(s) created.", nullptr, m_created));
    if (m_scheduled > 0)
        sentences.append(tr("%n of them scheduled.", nullptr, m_scheduled));
    if (m_skipped > 0)
        sentences.append(tr("%n row(s) skipped because of their problems.", nullptr, m_skipped));
    return sentences.join(QLatin1Char(' '));
}

void ImportRunner::setLimits(const PlatformLimits &limits)
{
    m_scheduler->setLimits([limits](const QList<LocalDraft::Account> &) { return limits; });
}

} // namespace CreatorDesk
