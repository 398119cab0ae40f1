// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/MediaProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtEndian>

namespace CreatorDesk {

namespace {

constexpr int HeadBytes = 16;
// Far more than any real chain; the kernel gives up at 40 as well.
constexpr int MaxLinkHops = 40;

bool startsWith(const QByteArray &data, qsizetype offset, QByteArrayView expected)
{
    return data.size() >= offset + expected.size() &&
           QByteArrayView(data).sliced(offset, expected.size()) == expected;
}

// Follows a chain of symbolic links; true when it comes back to a link already seen.
bool isSymlinkLoop(const QString &path)
{
    QSet<QString> seen;
    QFileInfo info(path);
    for (int hop = 0; hop < MaxLinkHops && info.isSymLink(); ++hop) {
        const QString absolute = info.absoluteFilePath();
        if (seen.contains(absolute))
            return true;
        seen.insert(absolute);
        QString target = info.symLinkTarget();
        if (target.isEmpty())
            target = QFile::symLinkTarget(absolute);
        if (target.isEmpty())
            return false;
        info = QFileInfo(QDir(info.absolutePath()).absoluteFilePath(target));
    }
    return info.isSymLink(); // still a link after MaxLinkHops: as good as a loop
}

// Whether the whole file is there, by each format's own framing: JPEG ends with EOI, PNG with
// its IEND chunk, GIF with its trailer, WebP's RIFF size and the MP4/QuickTime top-level boxes
// add up to the file size. WebM's segment may be of unknown size, so only its header is checked.
bool isComplete(QFile &file, MediaProbe::Format format, qint64 size)
{
    auto readAt = [&file](qint64 offset, qint64 length) {
        if (!file.seek(offset))
            return QByteArray();
        return file.read(length);
    };
    switch (format) {
    case MediaProbe::Format::Jpeg: {
        // Some cameras pad after EOI; look for it in the last few bytes.
        const QByteArray tail = readAt(qMax<qint64>(0, size - 64), 64);
        return tail.contains(QByteArrayView("\xFF\xD9", 2));
    }
    case MediaProbe::Format::Png:
        return size >= 20 && startsWith(readAt(size - 12, 12), 4, "IEND");
    case MediaProbe::Format::Gif:
        return readAt(size - 1, 1) == QByteArrayView("\x3B", 1);
    case MediaProbe::Format::WebP: {
        const QByteArray head = readAt(4, 4);
        return head.size() == 4 && qFromLittleEndian<quint32>(head.constData()) + 8 <= size;
    }
    case MediaProbe::Format::Mp4:
    case MediaProbe::Format::QuickTime: {
        qint64 offset = 0;
        int boxes = 0;
        while (offset < size) {
            const QByteArray header = readAt(offset, 16);
            if (header.size() < 8)
                return false;
            quint64 boxSize = qFromBigEndian<quint32>(header.constData());
            if (boxSize == 1) {
                if (header.size() < 16)
                    return false;
                boxSize = qFromBigEndian<quint64>(header.constData() + 8);
            } else if (boxSize == 0) {
                return true; // "to the end of the file"
            }
            if (boxSize < 8)
                return false;
            offset += qint64(boxSize);
            if (++boxes > 100'000)
                return false;
        }
        return offset == size;
    }
    case MediaProbe::Format::WebM:
        return size > 32;
    case MediaProbe::Format::Unknown:
        break;
    }
    return true;
}

} // namespace

MediaProbe::Format MediaProbe::formatOf(const QByteArray &head)
{
    if (startsWith(head, 0, "\xFF\xD8\xFF"))
        return Format::Jpeg;
    if (startsWith(head, 0, "\x89PNG\r\n\x1A\n"))
        return Format::Png;
    if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WEBP"))
        return Format::WebP;
    if (startsWith(head, 0, "GIF87a") || startsWith(head, 0, "GIF89a"))
        return Format::Gif;
    if (startsWith(head, 4, "ftypqt"))
        return Format::QuickTime;
    if (startsWith(head, 4, "ftyp"))
        return Format::Mp4;
    if (startsWith(head, 0, "\x1A\x45\xDF\xA3"))
        return Format::WebM;
    return Format::Unknown;
}

MediaProbe::Kind MediaProbe::kindOf(Format format)
{
    switch (format) {
    case Format::Gif:
        return Kind::Gif;
    case Format::Mp4:
    case Format::QuickTime:
    case Format::WebM:
        return Kind::Video;
    default:
        return Kind::Image;
    }
}

QString MediaProbe::mimeType(Format format)
{
    switch (format) {
    case Format::Jpeg:
        return QStringLiteral("image/jpeg");
    case Format::Png:
        return QStringLiteral("image/png");
    case Format::WebP:
        return QStringLiteral("image/webp");
    case Format::Gif:
        return QStringLiteral("image/gif");
    case Format::Mp4:
        return QStringLiteral("video/mp4");
    case Format::QuickTime:
        return QStringLiteral("video/quicktime");
    case Format::WebM:
        return QStringLiteral("video/webm");
    case Format::Unknown:
        break;
    }
    return QStringLiteral("application/octet-stream");
}

QString MediaProbe::apiType(Kind kind)
{
    switch (kind) {
    case Kind::Gif:
        return QStringLiteral("gif");
    case Kind::Video:
        return QStringLiteral("video");
    case Kind::Image:
        break;
    }
    return QStringLiteral("image");
}

MediaProbe::Kind MediaProbe::kindFromApiType(const QString &type)
{
    if (type == QLatin1String("gif"))
        return Kind::Gif;
    if (type == QLatin1String("video"))
        return Kind::Video;
    return Kind::Image;
}

QString MediaProbe::sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%n bytes", nullptr, int(bytes));
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(double(bytes) / 1024, 0, 'f', 0);
    if (bytes < 1024LL * 1024 * 1024)
        return tr("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    return tr("%1 GB").arg(double(bytes) / (1024.0 * 1024 * 1024), 0, 'f', 2);
}

MediaProbe::Result MediaProbe::probe(const QString &path)
{
    Result result;
    result.path = path;
    const QFileInfo info(path);
    result.fileName = info.fileName();
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&result](Problem problem, const QString &message) {
        result.problem = problem;
        result.message = message;
        return result;
    };

    if (info.isSymLink() && isSymlinkLoop(path))
        return fail(
            Problem::SymlinkLoop,
            tr("%1 is a symbolic link that leads back to itself; nothing was added.").arg(shown));
    if (!info.exists())
        return fail(Problem::Missing,
                    tr("%1 does not exist (any more); nothing was added.").arg(shown));
    if (info.isDir())
        return fail(
            Problem::Folder,
            tr("%1 is a folder; drop the pictures or videos inside it instead.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            Problem::Unreadable,
            tr("%1 cannot be read (%2); check its permissions.").arg(shown, file.errorString()));
    result.size = file.size();
    if (result.size == 0)
        return fail(Problem::Empty, tr("%1 is empty (0 bytes); nothing was added.").arg(shown));
    const QByteArray head = file.read(HeadBytes);
    if (head.isEmpty() && result.size > 0)
        return fail(
            Problem::Unreadable,
            tr("%1 cannot be read (%2); check its permissions.").arg(shown, file.errorString()));
    result.format = formatOf(head);
    if (result.format == Format::Unknown)
        return fail(Problem::UnknownType,
                    tr("%1 is not a JPEG, PNG, WebP or GIF picture, nor an MP4, MOV or WebM "
                       "video (judged by its content, not its name).")
                        .arg(shown));
    result.kind = kindOf(result.format);
    if (!isComplete(file, result.format, result.size))
        return fail(Problem::Truncated,
                    tr("%1 is cut off: the file ends before its content does. Copy it again "
                       "from where it came from.")
                        .arg(shown));
    return result;
}

} // namespace CreatorDesk
