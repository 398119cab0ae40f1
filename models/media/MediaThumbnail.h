// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace CreatorDesk {

// A picture's thumbnail, decoded at (about) the size shown: QImageReader scales while it
// decodes, so a 50-megapixel photo never sits in memory whole. Safe to call from any thread;
// the media strip calls it from the thread pool, never from the UI thread.
class MediaThumbnail final
{
public:
    // A null image when the file cannot be decoded (videos, broken files).
    static QImage load(const QString &path, int side);
    // The image as PNG bytes (a pasted picture, before it is kept as a file); empty when null.
    static QByteArray toPng(const QImage &image);
};

} // namespace CreatorDesk
