// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/MediaProbe.h"

#include <QFile>
#include <QImage>
#include <QtEndian>

namespace CreatorDesk::Testing {

// Files whose framing is right for their format (what MediaProbe and the sandbox look at),
// padded to an exact size. `size` 0 means the smallest well-formed file.
inline QByteArray sampleBytes(MediaProbe::Format format, qint64 size = 0)
{
    auto be32 = [](quint32 value) {
        QByteArray bytes(4, '\0');
        qToBigEndian(value, bytes.data());
        return bytes;
    };
    QByteArray data;
    switch (format) {
    case MediaProbe::Format::Jpeg:
        data = QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01", 12);
        if (data.size() + 2 < size)
            data.append(QByteArray(size - data.size() - 2, '\x55'));
        data.append("\xFF\xD9", 2);
        break;
    case MediaProbe::Format::Png: {
        data = QByteArray("\x89PNG\r\n\x1A\n", 8);
        data.append(be32(13)).append("IHDR").append(QByteArray(13, '\x01')).append(be32(0));
        const qint64 rest = size - data.size() - 12;
        if (rest > 12) { // one private chunk as filler
            data.append(be32(quint32(rest - 12))).append("prVt");
            data.append(QByteArray(rest - 12, '\x22')).append(be32(0));
        }
        data.append(be32(0)).append("IEND").append("\xAE\x42\x60\x82", 4);
        break;
    }
    case MediaProbe::Format::WebP: {
        const qint64 total = qMax<qint64>(size, 30);
        data = QByteArray("RIFF");
        QByteArray length(4, '\0');
        qToLittleEndian(quint32(total - 8), length.data());
        data.append(length).append("WEBPVP8 ");
        data.append(QByteArray(total - data.size(), '\x11'));
        break;
    }
    case MediaProbe::Format::Gif:
        data = QByteArray("GIF89a\x01\x00\x01\x00\x80\x00\x00", 13);
        if (data.size() + 1 < size)
            data.append(QByteArray(size - data.size() - 1, '\x00'));
        data.append('\x3B');
        break;
    case MediaProbe::Format::Mp4:
    case MediaProbe::Format::QuickTime: {
        data = be32(20);
        data.append(format == MediaProbe::Format::Mp4 ? "ftypisom" : "ftypqt  ");
        data.append(be32(0x200)).append("isom");
        const qint64 payload = qMax<qint64>(size - data.size() - 8, 0);
        data.append(be32(quint32(payload + 8))).append("mdat");
        data.append(QByteArray(payload, '\x33'));
        break;
    }
    case MediaProbe::Format::WebM:
        data = QByteArray("\x1A\x45\xDF\xA3\x9F\x42\x86\x81\x01webm", 13);
        data.append(QByteArray(qMax<qint64>(size, 64) - data.size(), '\x44'));
        break;
    case MediaProbe::Format::Unknown:
        data = QByteArray("Just some text, not a picture.\n");
        break;
    }
    return data;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline bool writeSample(const QString &path, MediaProbe::Format format, qint64 size = 0)
{
    return writeFile(path, sampleBytes(format, size));
}

// A real picture that QImageReader can decode, for thumbnails.
inline bool writePicture(const QString &path, const QColor &color, const char *format = "PNG")
{
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(color);
    for (int y = 0; y < 400; y += 40)
        for (int x = (y / 40 % 2) * 40; x < 640; x += 80)
            for (int dy = 0; dy < 40; ++dy)
                for (int dx = 0; dx < 40; ++dx)
                    image.setPixelColor(x + dx, y + dy, color.darker(130));
    return image.save(path, format);
}

} // namespace CreatorDesk::Testing
