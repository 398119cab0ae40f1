// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PastedImageStore.h"

#include "storage/AppPaths.h"
#include "storage/DataFile.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace CreatorDesk {

PastedImageStore::Saved PastedImageStore::save(const QByteArray &png)
{
    if (png.isEmpty())
        return {{}, tr("The clipboard holds no image.")};
    const QString path =
        AppPaths::pastedImagesFolder() +
        QStringLiteral("/pasted-%1-%2.png")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))
            .arg(QRandomGenerator::global()->bounded(100000), 5, 10, QLatin1Char('0'));
    if (const QString error = DataFile::write(path, png); !error.isEmpty())
        return {{}, tr("The pasted image cannot be saved: %1").arg(error)};
    return {path, {}};
}

} // namespace CreatorDesk
