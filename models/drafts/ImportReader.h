// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafts/ImportRow.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class QFile;
class QIODevice;

namespace CreatorDesk {

class CsvReader;
class ImportInput;

// Reads a file of posts to import, one row (one draft) at a time, never the whole file.
//
// CSV (.csv): the first line names the columns, in any case and order: `text` (required),
// `scheduled_at` (ISO 8601, such as 2025-06-01T09:30:00Z; without an offset, local time),
// `accounts` (account ids separated by ; or ,) and `media` (file paths separated by ; or |,
// relative to the CSV file's folder). Other columns are ignored; blank lines are skipped. A
// `text` cell is one draft: a blank line or a line `---` inside it separates the posts of a
// thread. Media go with the thread's first post.
//
// Text and Markdown (.txt, .md, .markdown): each block between lines that are just `---` is
// one draft of one post, kept as written (blank lines inside a block stay in that post). Empty
// blocks are skipped. These files carry no time, accounts or media.
//
// Both are UTF-8 (a byte order mark is fine). A file that cannot be read stops the reading
// with errorString() (which names the line); a row that cannot be read (no text, a time that is
// no time) comes with its own error and reading goes on.
class ImportReader final
{
public:
    enum class Format { Csv, Text };
    // A text block (one post) longer than this is no post: the file is refused.
    static constexpr qsizetype MaxPostBytes = 1024 * 1024;

    // From the file name: .csv, or .txt, .md, .markdown; nullopt for anything else.
    static std::optional<Format> formatOf(const QString &path);

    // Opens `path`; when that fails, next() returns false at once with the reason.
    explicit ImportReader(const QString &path);
    // Reads an open `device`; relative media paths are taken from `baseDirectory` (if given).
    ImportReader(QIODevice *device, Format format, const QString &baseDirectory = {});
    ~ImportReader();

    // The next row; false at the end or on an error (hasError()).
    bool next(ImportRow &row);

    bool hasError() const;
    QString errorString() const;
    qint64 bytesRead() const;
    // The input's size in bytes, -1 when unknown.
    qint64 size() const { return m_size; }
    // The largest the reader's buffers have been (see CsvReader::peakBufferBytes()).
    qsizetype peakBufferBytes() const;

private:
    void start(QIODevice *device);
    bool nextCsv(ImportRow &row);
    bool readHeader();
    void fillFromCells(const QStringList &cells, ImportRow &row) const;
    bool nextText(ImportRow &row);
    bool readLine();
    bool finish();
    QString mediaPath(const QString &written) const;

    Format m_format = Format::Csv;
    QString m_baseDirectory;
    qint64 m_size = -1;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<CsvReader> m_csv;
    std::unique_ptr<ImportInput> m_text;
    QString m_error; // the reader's own (a missing column, no posts); the inputs keep theirs
    int m_number = 0;
    bool m_headerRead = false;
    int m_textColumn = -1;
    int m_timeColumn = -1;
    int m_accountsColumn = -1;
    int m_mediaColumn = -1;
    // Text format: the line being read, the block it belongs to, and where that block starts.
    QByteArray m_line;
    QByteArray m_block;
    qint64 m_lineStart = 0;
    bool m_skipLf = false;
    qsizetype m_peakTextBytes = 0;
};

} // namespace CreatorDesk
