// SPDX-License-Identifier: GPL-3.0-or-later
// The import readers on arbitrary bytes: CsvReader's records stay within its limits and the
// input, an error ends the reading, and ImportReader (both formats) reads the same bytes to an
// end or an error without crashing.
#include "drafts/CsvReader.h"
#include "drafts/ImportReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace CreatorDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList fields;
        qsizetype total = 0;
        while (reader.next(fields)) {
            if (fields.isEmpty() || fields.size() > CsvReader::MaxFields)
                __builtin_trap();
            for (const QString &field : fields) {
                // UTF-16 units never outnumber the UTF-8 bytes they came from.
                if (field.size() > CsvReader::MaxFieldBytes)
                    __builtin_trap();
                total += field.size();
            }
            if (total > qsizetype(size) || reader.lineNumber() < 1)
                __builtin_trap();
        }
        if (reader.hasError() && (reader.errorString().isEmpty() || reader.next(fields)))
            __builtin_trap();
        if (reader.bytesRead() > qint64(size))
            __builtin_trap();
    }
    for (const ImportReader::Format format :
         {ImportReader::Format::Csv, ImportReader::Format::Text}) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        ImportReader reader(&buffer, format);
        ImportRow row;
        int previous = 0;
        while (reader.next(row)) {
            // Rows come numbered in order, and a row without text says so.
            if (row.number != previous + 1 || (row.posts.isEmpty() && row.error.isEmpty()))
                __builtin_trap();
            for (const QString &post : std::as_const(row.posts)) {
                if (post.isEmpty() || post.size() > qsizetype(size))
                    __builtin_trap();
            }
            previous = row.number;
        }
        if (reader.next(row))
            __builtin_trap();
    }
    return 0;
}
