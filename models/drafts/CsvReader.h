// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafts/ImportInput.h"

#include <QStringList>

class QIODevice;

namespace CreatorDesk {

// A streaming RFC 4180 reader: one record at a time from a QIODevice, never the whole input.
// Fields are separated by commas; a field in double quotes may hold commas, line ends and ""
// (one quote). Records end with LF, CRLF or CR; a line end inside a quoted field is read as LF.
// A UTF-8 byte order mark is skipped. An empty line is a record of one empty field.
//
// Stops with errorString() and lineNumber() at the first thing it cannot read: bytes that are
// not UTF-8 text, a quote that is never closed, text after a closing quote, a field over
// MaxFieldBytes or a record of more than MaxFields fields. Its memory is one chunk of input and
// one record, whatever the input's size.
class CsvReader final
{
public:
    static constexpr qsizetype MaxFieldBytes = 1024 * 1024;
    static constexpr int MaxFields = 64;

    explicit CsvReader(QIODevice *device);

    // The next record into `fields`; false at the end of the input or on an error.
    bool next(QStringList &fields);

    bool hasError() const { return m_input.hasError(); }
    QString errorString() const { return m_input.errorString(); }
    // After next() returned a record: the line it starts on. After an error: the error's line.
    qint64 lineNumber() const { return hasError() ? m_errorLine : m_recordLine; }
    qint64 bytesRead() const { return m_input.bytesRead(); }
    // The largest the reader's buffers have been, in bytes (the input chunk and the field being
    // read): what the reader holds besides the record it returns.
    qsizetype peakBufferBytes() const { return m_peakBufferBytes; }

private:
    bool endField(QStringList &fields);
    bool append(char byte);
    bool fail(const QString &message, qint64 line);

    ImportInput m_input;
    QByteArray m_field; // the UTF-8 bytes of the field being read
    qint64 m_recordLine = 0;
    qint64 m_errorLine = 0;
    bool m_skipLf = false;
    qsizetype m_peakBufferBytes = 0;
};

} // namespace CreatorDesk
