// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DataFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace CreatorDesk {

DataFile::Read DataFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, file.errorString()};
    return {file.readAll(), {}};
}

QString DataFile::write(const QString &path, const QByteArray &bytes, Folder folder)
{
    if (folder == Folder::Make)
        QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
        return file.errorString().isEmpty() ? tr("The file could not be written.")
                                            : file.errorString();
    return {};
}

QString DataFile::keepAside(const QString &path)
{
    const QString aside = path + QStringLiteral(".damaged");
    QFile::remove(aside);
    QFile::rename(path, aside);
    return aside;
}

} // namespace CreatorDesk
