// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaThumbnail.h"

#include <QBuffer>
#include <QImageReader>

namespace CreatorDesk {

QImage MediaThumbnail::load(const QString &path, int side)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > side || full.height() > side))
        reader.setScaledSize(full.scaled(side, side, Qt::KeepAspectRatio));
    return reader.read();
}

QByteArray MediaThumbnail::toPng(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return {};
    return png;
}

} // namespace CreatorDesk
