// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediaThumbnail.h"

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

} // namespace CreatorDesk
