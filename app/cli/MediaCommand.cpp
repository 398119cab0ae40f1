// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/MediaCommand.h"

#include "api/ApiClient.h"
#include "cli/CliRunner.h"
#include "cli/Terminal.h"
#include "media/MediaAttachmentModel.h"
#include "media/MediaRules.h"
#include "media/UploadQueue.h"

#include <nlohmann/json.hpp>

#include <QDir>

#include <cstdio>

namespace CreatorDesk {

using State = MediaAttachmentModel::State;

MediaCommand::MediaCommand(CliRunner &runner, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_api(new ApiClient(http, this))
    , m_model(new MediaAttachmentModel(this))
    , m_queue(new UploadQueue(m_model, this))
{
    // A progress line only where a person watches; never into a pipe or a log.
    m_terminal = Terminal::isInteractive(stderr);
}

void MediaCommand::start()
{
    QStringList arguments = m_runner.options().arguments;
    if (arguments.value(0) != QLatin1String("upload") || arguments.size() < 2) {
        m_runner.done(2, tr("Usage: media upload FILE..."));
        return;
    }
    arguments.removeFirst();
    QStringList refusals;
    QList<MediaProbe::Result> files;
    for (const QString &path : std::as_const(arguments)) {
        const MediaProbe::Result probed = MediaProbe::probe(path);
        QString refusal = probed.ok() ? MediaRules::sizeRefusal(probed) : probed.message;
        if (refusal.isEmpty())
            files.append(probed);
        else
            refusals.append(refusal);
    }
    if (!refusals.isEmpty()) {
        m_runner.done(1, refusals.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                             tr("Nothing was uploaded."));
        return;
    }
    for (const MediaProbe::Result &file : std::as_const(files))
        m_model->addFile(file);
    connect(m_queue, &UploadQueue::progressChanged, this, [this] { showProgress(); });
    connect(m_queue, &UploadQueue::idle, this, &MediaCommand::finish);
    m_sinceLine.start();
    m_queue->setClient(m_api);
}

void MediaCommand::showProgress(bool force)
{
    if (!m_terminal || (!force && m_sinceLine.elapsed() < 100))
        return;
    m_sinceLine.restart();
    qint64 total = 0;
    qint64 sent = 0;
    for (const MediaAttachmentModel::Item &item : m_model->items()) {
        total += item.size;
        sent += item.state == State::Uploaded ? item.size : item.sentBytes;
    }
    const int done = m_model->countIn(State::Uploaded);
    const int percent = total > 0 ? int(100 * sent / total) : 100;
    const QString line = tr("Uploading: %1 % (%2 of %3), %4 of %5 files done")
                             .arg(percent)
                             .arg(MediaProbe::sizeText(sent), MediaProbe::sizeText(total))
                             .arg(done)
                             .arg(m_model->rowCount());
    // \r and a clear-to-end: the line rewrites itself in place.
    m_runner.err() << '\r' << line << "\x1b[K" << Qt::flush;
    m_lineShown = true;
}

void MediaCommand::finish()
{
    if (m_model->countIn(State::Queued) > 0 || m_queue->isBusy())
        return;
    if (m_lineShown) {
        showProgress(true);
        m_runner.err() << Qt::endl;
    }
    int failed = 0;
    nlohmann::json uploads = nlohmann::json::array();
    nlohmann::json failures = nlohmann::json::array();
    for (const MediaAttachmentModel::Item &item : m_model->items()) {
        const QString shown = QDir::toNativeSeparators(item.path);
        if (item.state == State::Uploaded) {
            uploads.push_back({{"file", shown.toStdString()},
                               {"mediaId", item.mediaId.toStdString()},
                               {"url", item.url.toString().toStdString()},
                               {"type", MediaProbe::apiType(item.kind).toStdString()},
                               {"size", item.size}});
            if (!m_runner.options().json)
                m_runner.out() << shown << '\t' << item.mediaId << '\t' << item.url.toString()
                               << Qt::endl;
        } else {
            ++failed;
            failures.push_back(
                {{"file", shown.toStdString()}, {"error", item.error.toStdString()}});
            m_runner.err() << tr("%1 was not uploaded: %2").arg(shown, item.error) << Qt::endl;
        }
    }
    if (m_runner.options().json)
        m_runner.out() << QString::fromStdString(
                              nlohmann::json{{"uploads", uploads}, {"failed", failures}}.dump())
                       << Qt::endl;
    m_runner.done(failed == 0 ? 0 : 1);
}

} // namespace CreatorDesk
