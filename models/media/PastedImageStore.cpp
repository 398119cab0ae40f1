// SPDX-License-Identifier: GPL-3.0-or-later
#include "PastedImageStore.h"

#include <QDateTime>
#include <QDir>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

namespace CreatorDesk {

QString PastedImageStore::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/pasted");
}

PastedImageStore::Saved PastedImageStore::save(const QImage &image)
{
    if (image.isNull())
        return {{}, tr("The clipboard holds no image.")};
    const QString dir = folder();
    if (!QDir().mkpath(dir))
        return {{}, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir))};
    const QString path =
        dir + QStringLiteral("/pasted-%1-%2.png")
                  .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                  .arg(QRandomGenerator::global()->bounded(100000), 5, 10, QLatin1Char('0'));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {{}, tr("The pasted image cannot be saved: %1").arg(file.errorString())};
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit())
        return {{}, tr("The pasted image cannot be saved: %1").arg(writer.errorString())};
    return {path, {}};
}

} // namespace CreatorDesk
