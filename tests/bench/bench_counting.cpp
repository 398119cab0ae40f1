// SPDX-License-Identifier: GPL-3.0-or-later
// Counts a corpus (every text of the twitter-text conformance files, repeated) with each
// counter and prints texts per second. A benchmark to read, not a test: nothing is asserted.
#include "text/BlueskyCounter.h"
#include "text/LinkedInCounter.h"
#include "text/MastodonCounter.h"
#include "text/PlatformCounts.h"
#include "text/ThreadsCounter.h"
#include "text/TwitterCounter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <functional>

using namespace CreatorDesk;

namespace {
// The conformance files quote every text on a `text:` line; that is all the corpus needs.
QStringList loadCorpus(const QString &dir)
{
    static const QRegularExpression textLine(QStringLiteral("^\\s*-?\\s*text: \"(.*)\"\\s*$"));
    QStringList corpus;
    for (const char *name : {"validate.yml", "extract.yml"}) {
        QFile file(dir + u'/' + QString::fromLatin1(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            const QRegularExpressionMatch match = textLine.match(line);
            if (match.hasMatch())
                corpus << match.captured(1).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        }
    }
    return corpus;
}

void run(QTextStream &out, const QString &name, const QStringList &corpus, int rounds,
         const std::function<int(const QString &)> &counter)
{
    // BENCH_ONLY=X (or another row's name) runs one counter, for a profiler.
    if (const QString only = qEnvironmentVariable("BENCH_ONLY"); !only.isEmpty() && only != name)
        return;
    qint64 checksum = 0; // keeps the optimiser from dropping the work
    // One round untimed, as the reference does: one-time set-up (tables, compiled patterns,
    // JIT) is not counting throughput, and at this size it would weigh on the figure.
    for (const QString &text : corpus)
        checksum += counter(text);
    checksum = 0; // the printed checksum covers the timed rounds, as the reference's does
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : corpus)
            checksum += counter(text);
    }
    const double seconds = qMax(timer.nsecsElapsed(), qint64(1)) / 1e9;
    const double texts = double(corpus.size()) * rounds;
    out << QStringLiteral("%1 %2 texts/s (%3 texts, %4 ms, checksum %5)")
               .arg(name, -14)
               .arg(texts / seconds, 12, 'f', 0)
               .arg(texts, 0, 'f', 0)
               .arg(seconds * 1000, 0, 'f', 1)
               .arg(checksum)
        << Qt::endl;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const QString dir = args.size() > 1 ? args.at(1) : QStringLiteral(CREATORDESK_CONFORMANCE_DIR);
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 100;
    const QStringList corpus = loadCorpus(dir);
    if (corpus.isEmpty()) {
        out << QStringLiteral("No conformance texts found in %1").arg(dir) << Qt::endl;
        return 1;
    }
    // The same corpus for the reference implementation (scripts/bench.sh runs twitter-text's
    // JavaScript on it).
    if (const QString corpusOut = qEnvironmentVariable("BENCH_CORPUS_OUT"); !corpusOut.isEmpty()) {
        QJsonArray texts;
        for (const QString &text : corpus)
            texts.append(text);
        QFile file(corpusOut);
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(texts).toJson(QJsonDocument::Compact));
    }
    out << QStringLiteral("%1 texts x %2 rounds").arg(corpus.size()).arg(rounds) << Qt::endl;
    run(out, QStringLiteral("X"), corpus, rounds,
        [](const QString &t) { return TwitterCounter::count(t).weightedLength; });
    run(out, QStringLiteral("Bluesky"), corpus, rounds,
        [](const QString &t) { return BlueskyCounter::count(t).length; });
    run(out, QStringLiteral("Mastodon"), corpus, rounds,
        [](const QString &t) { return MastodonCounter::count(t).length; });
    run(out, QStringLiteral("Threads"), corpus, rounds,
        [](const QString &t) { return ThreadsCounter::count(t).length; });
    run(out, QStringLiteral("LinkedIn"), corpus, rounds,
        [](const QString &t) { return LinkedInCounter::count(t).length; });
    run(out, QStringLiteral("all platforms"), corpus, rounds,
        [](const QString &t) { return PlatformCounts::countAll(t).constFirst().length; });
    return 0;
}
