// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace CreatorDesk {

// What a file on disk is, judged by its content (never by its name alone): the kind the
// xAIcreator upload accepts (image, GIF, video), its size, or the sentence that says why it
// cannot be sent. Reads only a few header and trailer bytes, so it is cheap for any size.
class MediaProbe final
{
    Q_DECLARE_TR_FUNCTIONS(MediaProbe)

public:
    enum class Kind { Image, Gif, Video };
    enum class Format { Unknown, Jpeg, Png, WebP, Gif, Mp4, QuickTime, WebM };
    enum class Problem {
        None,
        Missing,
        Folder,
        SymlinkLoop,
        Unreadable,
        Empty,
        Truncated,
        UnknownType,
    };

    struct Result
    {
        QString path;
        QString fileName;
        Format format = Format::Unknown;
        Kind kind = Kind::Image;
        qint64 size = 0;
        Problem problem = Problem::None;
        QString message; // for a person; empty when the file is fine

        bool ok() const { return problem == Problem::None; }
        QString mimeType() const { return MediaProbe::mimeType(format); }
    };

    static Result probe(const QString &path);
    // Format from the first bytes (at least 12 are needed for every format).
    static Format formatOf(const QByteArray &head);
    static Kind kindOf(Format format);
    static QString mimeType(Format format);
    // "image", "gif", "video", as the API names them.
    static QString apiType(Kind kind);
    static Kind kindFromApiType(const QString &type);
    // "2.4 MB", "830 KB": binary units, as the API's limits are.
    static QString sizeText(qint64 bytes);
};

} // namespace CreatorDesk
