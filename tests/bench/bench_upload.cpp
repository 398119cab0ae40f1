// SPDX-License-Identifier: GPL-3.0-or-later
// Uploads one generated video file (512 MB unless BENCH_UPLOAD_MB says otherwise) to a
// creatordesk-sandbox on loopback, first with `curl -F files=@FILE`, then through Creator
// Desk's own path (MediaAttachmentModel + UploadQueue + ApiClient, QHttpMultiPart over QFile),
// and prints both throughputs and the app's peak resident memory growth during its upload.
// Figures only; it fails only when an upload fails. Not a CTest test: scripts/bench.sh runs it.
#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "api/HttpClient.h"
#include "media/MediaAttachmentModel.h"
#include "media/UploadQueue.h"
#include "services/ServiceRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtEndian>

#include <cstdio>

using namespace CreatorDesk;
using namespace CreatorDesk::Testing;

namespace {

const QByteArray demoKey = "sk-demo-4f9c2b7e1a6d8e3f5b0c9a7d2e4f6a8b";

// Kilobytes from a line of /proc/self/status ("VmHWM:", "VmRSS:").
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Lets VmHWM start again from the current RSS, so the peak measured is this upload's.
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// An MP4-framed file: ftyp box, then one mdat box with a non-zero pattern (no sparse file).
bool generate(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray head(32, '\0');
    qToBigEndian<quint32>(20, head.data());
    head.replace(4, 12, "ftypisom\0\0\x02\0", 12);
    head.replace(16, 4, "isom", 4);
    qToBigEndian<quint32>(quint32(bytes - 20), head.data() + 20);
    head.replace(24, 4, "mdat", 4);
    head.resize(28);
    file.write(head);
    QByteArray chunk(1 << 20, '\0');
    for (int i = 0; i < chunk.size(); ++i)
        chunk[i] = char(i * 31 + 7);
    qint64 left = bytes - head.size();
    while (left > 0) {
        const qint64 n = qMin<qint64>(left, chunk.size());
        if (file.write(chunk.constData(), n) != n)
            return false;
        left -= n;
    }
    return file.flush();
}

double mbPerSecond(qint64 bytes, qint64 ms)
{
    return ms > 0 ? double(bytes) / (1024.0 * 1024.0) / (double(ms) / 1000.0) : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const qint64 megabytes = qEnvironmentVariableIsSet("BENCH_UPLOAD_MB")
                                 ? qEnvironmentVariableIntValue("BENCH_UPLOAD_MB")
                                 : 512;
    const qint64 bytes = megabytes * 1024 * 1024;
    if (!qEnvironmentVariableIsSet("CREATORDESK_SANDBOX"))
        qputenv("CREATORDESK_SANDBOX", CREATORDESK_SANDBOX_PATH);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench-upload.mp4"));
    if (!dir.isValid() || !generate(path, bytes)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    SandboxProcess sandbox;
    if (!sandbox.start()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.errorString()));
        return 1;
    }
    const QUrl apiUrl = sandbox.serviceUrl(QStringLiteral("/api/v1"));
    const QString uploadUrl = apiUrl.toString() + QStringLiteral("/twitter/media/upload");

    // curl, the reference, in this same run on the same sandbox.
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                QStringLiteral("-w"), QStringLiteral("%{http_code}"), QStringLiteral("-H"),
                QStringLiteral("xai-key: ") + QString::fromLatin1(demoKey), QStringLiteral("-F"),
                QStringLiteral("files=@") + path + QStringLiteral(";type=video/mp4"), uploadUrl});
    const bool curlRan = curl.waitForFinished(600'000);
    const qint64 curlMs = timer.elapsed();
    const QByteArray curlStatus = curl.readAllStandardOutput();
    const bool curlOk = curlRan && curl.exitCode() == 0 && curlStatus == "200";

    // Creator Desk's own upload path.
    QNetworkAccessManager network;
    const ServiceRegistry registry = ServiceRegistry::load();
    const ServiceDescriptor *service = registry.find(QStringLiteral("xaicreator"));
    if (!service)
        return 1;
    HttpClient http(&network, *service, apiUrl);
    http.setApiKey(QString::fromLatin1(demoKey));
    ApiClient api(&http);
    MediaAttachmentModel model;
    UploadQueue queue(&model);
    MediaProbe::Result file = MediaProbe::probe(path);
    if (!file.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(file.message));
        return 1;
    }
    model.addFile(file);
    resetPeak();
    const qint64 rssBeforeKb = statusKb("VmRSS:");
    timer.restart();
    queue.setClient(&api);
    // A real event loop, as in the app: QTest::qWaitFor sleeps 10 ms between rounds, which
    // would throttle the upload to one 16 KB chunk per round.
    QEventLoop loop;
    QObject::connect(&queue, &UploadQueue::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
    loop.exec();
    const bool finished = !queue.isBusy();
    const qint64 appMs = timer.elapsed();
    const qint64 peakKb = statusKb("VmHWM:");
    const bool appOk = finished && model.countIn(MediaAttachmentModel::State::Uploaded) == 1;
    if (!appOk)
        std::fprintf(stderr, "app upload failed: %s\n", qPrintable(model.items().first().error));

    const double app = mbPerSecond(bytes, appMs);
    const double reference = mbPerSecond(bytes, curlMs);
    std::printf("file %lld MB\n", static_cast<long long>(megabytes));
    std::printf("app %.1f MB/s %lld ms\n", app, static_cast<long long>(appMs));
    std::printf("curl %.1f MB/s %lld ms%s\n", reference, static_cast<long long>(curlMs),
                curlOk ? "" : " (failed)");
    std::printf("ratio %.0f %%\n", reference > 0 ? 100.0 * app / reference : 0.0);
    std::printf("rss-growth %.1f MB\n", double(peakKb - rssBeforeKb) / 1024.0);
    return appOk && curlOk ? 0 : 1;
}
