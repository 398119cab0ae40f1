// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/ImportInput.h"

#include <QCoreApplication>
#include <QIODevice>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::ImportInput)
};
} // namespace

ImportInput::ImportInput(QIODevice *device)
    : m_device(device)
{}

void ImportInput::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    // Nothing more is read after an error.
    m_ended = true;
    m_pos = m_size = 0;
}

bool ImportInput::fill()
{
    if (m_ended || hasError())
        return false;
    // Allocated once, at its size (resize() would double it); every later chunk reuses it.
    if (m_chunk.size() != ChunkBytes)
        m_chunk = QByteArray(ChunkBytes, Qt::Uninitialized);
    const qint64 got = m_device ? m_device->read(m_chunk.data(), ChunkBytes) : -1;
    if (got < 0) {
        fail(Tr::tr("The file could not be read: %1")
                 .arg(m_device ? m_device->errorString() : QString()));
        return false;
    }
    if (got == 0) {
        m_ended = true;
        if (m_needed > 0) // the file ends inside a character
            notText();
        return false;
    }
    m_pos = 0;
    m_size = qsizetype(got);
    m_bytesRead += got;
    if (!m_started) {
        m_started = true;
        const QByteArrayView head(m_chunk.constData(), m_size);
        if (head.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
        } else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
            fail(Tr::tr("The file is UTF-16 text. Save it as UTF-8 and import it again."));
            return false;
        }
    }
    return m_pos < m_size || fill();
}

bool ImportInput::notText()
{
    fail(Tr::tr("Line %1 is not UTF-8 text. Save the file as UTF-8 and import it again.")
             .arg(m_line));
    return false;
}

bool ImportInput::acceptMultibyte(unsigned char byte)
{
    if (m_needed > 0) {
        if (byte < m_low || byte > m_high)
            return notText();
        --m_needed;
        m_low = 0x80;
        m_high = 0xBF;
        return true;
    }
    // A lead byte: how many continuation bytes follow, and the first one's range.
    if (byte >= 0xC2 && byte <= 0xDF) {
        m_needed = 1;
    } else if (byte >= 0xE0 && byte <= 0xEF) {
        m_needed = 2;
        if (byte == 0xE0)
            m_low = 0xA0; // no overlong form
        else if (byte == 0xED)
            m_high = 0x9F; // no UTF-16 surrogate
    } else if (byte >= 0xF0 && byte <= 0xF4) {
        m_needed = 3;
        if (byte == 0xF0)
            m_low = 0x90;
        else if (byte == 0xF4)
            m_high = 0x8F; // nothing above U+10FFFF
    } else {
        return notText();
    }
    return true;
}

} // namespace CreatorDesk
