// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/ImportReader.h"

#include "drafts/CsvReader.h"
#include "drafts/ImportInput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::ImportReader)
};

bool isSeparator(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed == u"---";
}

// A `text` cell's posts: a blank line or a line `---` ends one.
QStringList threadOf(const QString &text)
{
    QStringList posts;
    QString post;
    const auto close = [&posts, &post] {
        if (QString trimmed = post.trimmed(); !trimmed.isEmpty())
            posts.append(trimmed);
        post.clear();
    };
    for (const QStringView line : QStringView(text).split(u'\n')) {
        if (isSeparator(line)) {
            close();
            continue;
        }
        if (!post.isEmpty())
            post += QLatin1Char('\n');
        post += line;
    }
    close();
    return posts;
}

QStringList listOf(const QString &cell, QLatin1Char first, QLatin1Char second)
{
    QStringList items;
    QString normalised = cell;
    normalised.replace(second, first);
    for (const QString &item : normalised.split(first, Qt::SkipEmptyParts)) {
        if (QString trimmed = item.trimmed(); !trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

QString elided(const QString &text)
{
    constexpr qsizetype Length = 40;
    return text.size() <= Length ? text : text.left(Length - 1) + QChar(0x2026);
}
} // namespace

std::optional<ImportReader::Format> ImportReader::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("md") ||
        suffix == QLatin1String("markdown"))
        return Format::Text;
    return std::nullopt;
}

ImportReader::ImportReader(const QString &path)
{
    const QFileInfo info(path);
    const std::optional<Format> format = formatOf(path);
    m_baseDirectory = info.absolutePath();
    m_file = std::make_unique<QFile>(path);
    if (!format) {
        m_error = Tr::tr("%1 is not a file Creator Desk imports: choose a .csv, .txt or .md file.")
                      .arg(QDir::toNativeSeparators(path));
    } else if (info.isDir()) {
        m_error = Tr::tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(path));
    } else if (!m_file->open(QIODevice::ReadOnly)) {
        m_error = Tr::tr("Could not open %1: %2")
                      .arg(QDir::toNativeSeparators(path), m_file->errorString());
    } else {
        m_format = *format;
        start(m_file.get());
    }
}

ImportReader::ImportReader(QIODevice *device, Format format, const QString &baseDirectory)
    : m_format(format)
    , m_baseDirectory(baseDirectory)
{
    start(device);
}

ImportReader::~ImportReader() = default;

void ImportReader::start(QIODevice *device)
{
    m_size = device->isSequential() ? -1 : device->size();
    if (m_format == Format::Csv)
        m_csv = std::make_unique<CsvReader>(device);
    else
        m_text = std::make_unique<ImportInput>(device);
}

bool ImportReader::hasError() const
{
    return !errorString().isEmpty();
}

QString ImportReader::errorString() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_csv)
        return m_csv->errorString();
    return m_text ? m_text->errorString() : QString();
}

qint64 ImportReader::bytesRead() const
{
    if (m_csv)
        return m_csv->bytesRead();
    return m_text ? m_text->bytesRead() : 0;
}

qsizetype ImportReader::peakBufferBytes() const
{
    return m_csv ? m_csv->peakBufferBytes() : m_peakTextBytes;
}

bool ImportReader::next(ImportRow &row)
{
    if (hasError())
        return false;
    if (m_csv)
        return nextCsv(row);
    return m_text && nextText(row);
}

bool ImportReader::finish()
{
    if (!hasError() && m_number == 0)
        m_error = Tr::tr("There are no posts in this file.");
    return false;
}

bool ImportReader::readHeader()
{
    m_headerRead = true;
    QStringList names;
    // Blank lines before it are no header.
    while (m_csv->next(names) && names.join(QString()).trimmed().isEmpty()) {
    }
    if (m_csv->hasError())
        return false;
    for (int column = 0; column < names.size(); ++column) {
        const QString name = names.at(column).trimmed().toLower();
        int *index = name == QLatin1String("text")           ? &m_textColumn
                     : name == QLatin1String("scheduled_at") ? &m_timeColumn
                     : name == QLatin1String("accounts")     ? &m_accountsColumn
                     : name == QLatin1String("media")        ? &m_mediaColumn
                                                             : nullptr;
        if (index && *index < 0) // the first of two columns of one name wins
            *index = column;
    }
    if (m_textColumn < 0) {
        m_error = names.isEmpty()
                      ? Tr::tr("There are no posts in this file.")
                      : Tr::tr("The first line of a CSV file must name its columns, and one of "
                               "them must be “text”. Found: %1.")
                            .arg(elided(names.join(QLatin1String(", "))));
        return false;
    }
    return true;
}

bool ImportReader::nextCsv(ImportRow &row)
{
    if (!m_headerRead && !readHeader())
        return false;
    QStringList cells;
    while (m_csv->next(cells)) {
        if (cells.join(QString()).trimmed().isEmpty())
            continue; // a blank line
        row = ImportRow();
        row.number = ++m_number;
        row.line = m_csv->lineNumber();
        fillFromCells(cells, row);
        return true;
    }
    return finish();
}

void ImportReader::fillFromCells(const QStringList &cells, ImportRow &row) const
{
    const auto cell = [&cells](int column) {
        return column < 0 ? QString() : cells.value(column);
    };
    row.posts = threadOf(cell(m_textColumn));
    if (row.posts.isEmpty())
        row.error = Tr::tr("This row has no text.");
    const QString time = cell(m_timeColumn).trimmed();
    if (!time.isEmpty()) {
        QDateTime when = QDateTime::fromString(time, Qt::ISODateWithMs);
        // A date alone is no time to publish at.
        if (when.isValid() && time.size() > 10)
            row.scheduledAt = when.toUTC();
        else if (row.error.isEmpty())
            row.error = Tr::tr("“%1” is not a time: write it as ISO 8601, such as "
                               "2025-06-01T09:30:00Z.")
                            .arg(elided(time));
    }
    row.accountIds = listOf(cell(m_accountsColumn), QLatin1Char(','), QLatin1Char(';'));
    for (const QString &path : listOf(cell(m_mediaColumn), QLatin1Char('|'), QLatin1Char(';')))
        row.mediaPaths.append(mediaPath(path));
}

QString ImportReader::mediaPath(const QString &written) const
{
    const QString path = QDir::fromNativeSeparators(written);
    if (m_baseDirectory.isEmpty() || QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(QDir(m_baseDirectory).absoluteFilePath(path));
}

bool ImportReader::readLine()
{
    m_line.resize(0); // keeps its capacity
    bool any = false;
    for (int c = m_text->get(); c >= 0; c = m_text->get()) {
        if (m_skipLf) {
            m_skipLf = false;
            if (c == '\n')
                continue;
        }
        if (!any) {
            any = true;
            m_lineStart = m_text->line();
        }
        if (c == '\n' || c == '\r') {
            m_skipLf = c == '\r';
            return true;
        }
        if (m_line.size() >= MaxPostBytes) {
            m_text->fail(
                Tr::tr("Line %1 is longer than 1 MB. Is this a text file?").arg(m_lineStart));
            return false;
        }
        m_line.append(char(c));
    }
    return any && !m_text->hasError();
}

bool ImportReader::nextText(ImportRow &row)
{
    m_block.resize(0);
    qint64 blockLine = 0;
    for (;;) {
        const bool gotLine = readLine();
        if (m_text->hasError())
            return false;
        m_peakTextBytes =
            qMax(m_peakTextBytes, m_text->bufferCapacity() + qsizetype(m_line.capacity()) +
                                      qsizetype(m_block.capacity()));
        if (!gotLine || QByteArrayView(m_line).trimmed() == "---") {
            const QString text = QString::fromUtf8(m_block).trimmed();
            if (!text.isEmpty()) {
                row = ImportRow();
                row.number = ++m_number;
                row.line = blockLine;
                row.posts = QStringList{text};
                return true;
            }
            if (!gotLine)
                return finish();
            m_block.resize(0);
            blockLine = 0;
            continue;
        }
        if (blockLine == 0 && !QByteArrayView(m_line).trimmed().isEmpty())
            blockLine = m_lineStart;
        if (m_block.size() + m_line.size() >= MaxPostBytes) {
            m_text->fail(Tr::tr("The post that starts on line %1 is longer than 1 MB. Separate "
                                "posts with a line “---”.")
                             .arg(blockLine));
            return false;
        }
        m_block += m_line;
        m_block += '\n';
    }
}

} // namespace CreatorDesk
