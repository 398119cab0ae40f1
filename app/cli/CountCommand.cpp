// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CountCommand.h"

#include "cli/JsonStringArrayReader.h"

#include <QCoreApplication>

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

constexpr std::size_t FlushBytes = 1 << 16;
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
    std::string item;
    std::string out = "[";
    out.reserve(FlushBytes * 2);
    bool first = true;
    for (;;) {
        const auto status = reader.next(item);
        if (status == JsonStringArrayReader::Status::Error) {
            // What was not written yet is dropped: a bad input mostly fails at its start, and
            // then nothing at all is printed.
            std::fflush(output);
            error = reader.errorString();
            return false;
        }
        if (status == JsonStringArrayReader::Status::End)
            break;
        if (!first)
            out += ',';
        first = false;
        appendJson(out, QString::fromUtf8(item.data(), qsizetype(item.size())), limits);
        if (out.size() >= FlushBytes) {
            std::fwrite(out.data(), 1, out.size(), output);
            out.clear();
        }
    }
    out += "]\n";
    std::fwrite(out.data(), 1, out.size(), output);
    std::fflush(output);
    return true;
}

} // namespace CreatorDesk
