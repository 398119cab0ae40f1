// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace CreatorDesk {

// The bytes of an imported file, one at a time, read from the device in fixed chunks so that
// memory stays the same whatever the file's size. Skips a UTF-8 byte order mark, refuses UTF-16
// and anything that is not UTF-8 text (invalid sequences, NUL bytes) with the line it is on, and
// counts lines (LF, CRLF or a lone CR each end one). Shared by CsvReader and ImportReader.
//
// The device must be open and its read() must wait for data (a file, a buffer): a read that
// gives nothing is taken as the end.
class ImportInput final
{
public:
    static constexpr qsizetype ChunkBytes = 64 * 1024;

    explicit ImportInput(QIODevice *device);

    // The next byte (0-255), or -1 at the end of the input or on an error (see hasError()).
    int get()
    {
        if (m_pos == m_size && !fill())
            return -1;
        const auto byte = static_cast<unsigned char>(m_chunk.at(m_pos++));
        countLine(byte);
        if (!accept(byte))
            return -1;
        return byte;
    }

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Sets the error (a syntax error of the caller's format), unless there is one already.
    void fail(const QString &message);
    // The line of the byte get() returned last (1 before the first).
    qint64 line() const { return m_line; }
    qint64 bytesRead() const { return m_bytesRead; }
    // The size of the chunk buffer: the input's whole memory, whatever the file's size.
    qsizetype bufferCapacity() const { return m_chunk.capacity(); }

private:
    bool fill();
    void countLine(unsigned char byte)
    {
        // A CRLF is one line end: its LF does not start another line.
        if (m_lineEnded && !(byte == '\n' && m_lastWasCr)) {
            ++m_line;
            m_lineEnded = false;
        }
        m_lastWasCr = byte == '\r';
        if (byte == '\n' || byte == '\r')
            m_lineEnded = true;
    }
    bool accept(unsigned char byte)
    {
        if (byte >= 0x80 || m_needed > 0)
            return acceptMultibyte(byte);
        if (byte == 0)
            return notText();
        return true;
    }
    bool acceptMultibyte(unsigned char byte);
    bool notText();

    QIODevice *m_device;
    QByteArray m_chunk;
    qsizetype m_pos = 0;
    qsizetype m_size = 0;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    bool m_lineEnded = false;
    bool m_lastWasCr = false;
    bool m_started = false;
    bool m_ended = false;
    // UTF-8: continuation bytes still needed, and the range the next one must be in (which
    // excludes overlong forms, surrogates and code points above U+10FFFF).
    int m_needed = 0;
    unsigned char m_low = 0x80;
    unsigned char m_high = 0xBF;
    QString m_error;
};

} // namespace CreatorDesk
