// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace CreatorDesk {

// A small file of the app's own (the outbox, the spending history), or one the person exports,
// read and written whole: atomically (QSaveFile: the old file or the new one, never half),
// its folder made on the way. Errors come back as sentences for a person.
class DataFile final
{
    Q_DECLARE_TR_FUNCTIONS(DataFile)

public:
    struct Read
    {
        std::optional<QByteArray> bytes; // nullopt: no such file, or `error`
        QString error;
    };
    static Read read(const QString &path);
    // The app's own files get their folder made; a file the person chose goes only where
    // they chose (a folder that is not there is an error).
    enum class Folder { Make, MustExist };
    // Empty on success, else what went wrong.
    static QString write(const QString &path, const QByteArray &bytes,
                         Folder folder = Folder::Make);
    // Renames a damaged file to "<path>.damaged" (replacing an older one) and returns that name,
    // so the next write does not overwrite what may still be rescued.
    static QString keepAside(const QString &path);
};

} // namespace CreatorDesk
