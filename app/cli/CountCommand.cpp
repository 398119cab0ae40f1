// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CountCommand.h"

#include "cli/JsonStringArrayReader.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include <charconv>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::CountCommand)
};

QString unitOf(Platform platform)
{
    switch (platform) {
    case Platform::Twitter:
        return Tr::tr("weighted");
    case Platform::Bluesky:
        return Tr::tr("graphemes");
    case Platform::Mastodon:
        return Tr::tr("characters");
    case Platform::Threads:
        return Tr::tr("characters");
    case Platform::LinkedIn:
        return Tr::tr("UTF-16 units");
    }
    return {};
}

void appendNumber(std::string &out, int value)
{
    char digits[16];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr);
}

void appendBool(std::string &out, bool value)
{
    out += value ? "true" : "false";
}

// {"length":N,"valid":B}, the shape of Mastodon, Threads and LinkedIn.
void appendLength(std::string &out, const char *key, const PlatformCount &count)
{
    out += '"';
    out += key;
    out += "\":{\"length\":";
    appendNumber(out, count.length);
    out += ",\"valid\":";
    appendBool(out, count.valid);
    out += '}';
}

// `count --json` counts this many texts (or this much input) at a time, split across cores.
constexpr std::size_t kBatchTexts = 4096;
constexpr std::size_t kBatchBytes = std::size_t(1) << 20;
constexpr int kMaxSlices = 8;
} // namespace

QString CountCommand::toText(const QString &text, const PlatformCounts::Settings &limits)
{
    QString out;
    for (const PlatformCount &count : PlatformCounts::countAll(text, limits)) {
        const QString verdict =
            count.valid ? Tr::tr("ok")
            : count.overLimitStart >= 0
                ? Tr::tr("over the limit from character %1").arg(count.overLimitStart + 1)
                : Tr::tr("not valid");
        //: %1 platform, %2 length, %3 limit, %4 unit, %5 verdict
        out += Tr::tr("%1: %2/%3 %4, %5\n")
                   .arg(platformDisplayName(count.platform), -9)
                   .arg(count.length)
                   .arg(count.limit)
                   .arg(unitOf(count.platform), verdict);
    }
    return out;
}

void CountCommand::appendJson(std::string &out, const QString &text,
                              const PlatformCounts::Settings &limits)
{
    const PlatformCount bluesky = PlatformCounts::count(Platform::Bluesky, text, limits);
    out += "{\"bluesky\":{\"graphemes\":";
    appendNumber(out, bluesky.length);
    out += ",\"valid\":";
    appendBool(out, bluesky.valid);
    out += "},";
    appendLength(out, "linkedin", PlatformCounts::count(Platform::LinkedIn, text, limits));
    out += ',';
    appendLength(out, "mastodon", PlatformCounts::count(Platform::Mastodon, text, limits));
    out += ',';
    appendLength(out, "threads", PlatformCounts::count(Platform::Threads, text, limits));
    const PlatformCount x = PlatformCounts::count(Platform::Twitter, text, limits);
    out += ",\"twitter\":{\"permillage\":";
    appendNumber(out, x.permillage);
    out += ",\"valid\":";
    appendBool(out, x.valid);
    out += ",\"weightedLength\":";
    appendNumber(out, x.length);
    out += "}}";
}

bool CountCommand::streamJson(std::FILE *input, std::FILE *output,
                              const PlatformCounts::Settings &limits, QString &error)
{
    JsonStringArrayReader reader(input);
    const int slices = std::clamp(QThread::idealThreadCount(), 1, kMaxSlices);
    std::vector<std::string> texts;
    std::vector<std::string> answers(slices);
    bool first = true;
    for (auto status = JsonStringArrayReader::Status::Item;
         status == JsonStringArrayReader::Status::Item;) {
        // A batch: whole texts up to a size, so that memory stays flat whatever the input.
        std::size_t batchBytes = 0;
        std::size_t count = 0;
        std::string item;
        while (count < kBatchTexts && batchBytes < kBatchBytes &&
               (status = reader.next(item)) == JsonStringArrayReader::Status::Item) {
            batchBytes += item.size();
            if (count == texts.size())
                texts.emplace_back();
            texts[count++].swap(item);
        }
        if (status == JsonStringArrayReader::Status::Error) {
            // The batch that was being read is dropped: a bad input mostly fails at its start,
            // and then nothing at all is printed.
            std::fflush(output);
            error = reader.errorString();
            return false;
        }
        // Each slice of the batch is counted on its own core; the answers go out in order.
        const auto countSlice = [&](int slice) {
            std::string &out = answers[slice];
            out.clear();
            const std::size_t from = count * slice / slices;
            const std::size_t to = count * (slice + 1) / slices;
            for (std::size_t i = from; i < to; ++i) {
                if (!(first && i == 0))
                    out += ',';
                appendJson(out, QString::fromUtf8(texts[i].data(), qsizetype(texts[i].size())),
                           limits);
            }
        };
        QList<QFuture<void>> others;
        for (int slice = 1; slice < slices && count > 0; ++slice)
            others.append(QtConcurrent::run(countSlice, slice));
        countSlice(0);
        for (QFuture<void> &other : others)
            other.waitForFinished();
        if (first && count > 0)
            std::fputc('[', output);
        for (const std::string &out : answers)
            std::fwrite(out.data(), 1, out.size(), output);
        first = first && count == 0;
    }
    std::fputs(first ? "[]\n" : "]\n", output);
    std::fflush(output);
    return true;
}

} // namespace CreatorDesk
