// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/JsonStringArrayReader.h"

#include <QCoreApplication>

namespace CreatorDesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::JsonStringArrayReader)
};

void appendUtf8(std::string &out, unsigned codePoint)
{
    if (codePoint < 0x80) {
        out += char(codePoint);
    } else if (codePoint < 0x800) {
        out += char(0xC0 | (codePoint >> 6));
        out += char(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += char(0xE0 | (codePoint >> 12));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    } else {
        out += char(0xF0 | (codePoint >> 18));
        out += char(0x80 | ((codePoint >> 12) & 0x3F));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    }
}

constexpr unsigned Replacement = 0xFFFD;

} // namespace

JsonStringArrayReader::JsonStringArrayReader(std::FILE *input, std::size_t chunkBytes)
    : m_input(input)
    , m_buffer(chunkBytes > 0 ? chunkBytes : 1)
{}

JsonStringArrayReader::JsonStringArrayReader(std::string text)
    : m_buffer(text.begin(), text.end())
    , m_size(m_buffer.size())
{}

bool JsonStringArrayReader::refill()
{
    if (!m_input)
        return false;
    m_consumed += static_cast<long long>(m_size);
    m_position = 0;
    m_size = std::fread(m_buffer.data(), 1, m_buffer.size(), m_input);
    return m_size > 0;
}

int JsonStringArrayReader::peek()
{
    if (m_position == m_size && !refill())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_position]);
}

int JsonStringArrayReader::take()
{
    const int c = peek();
    if (c >= 0)
        ++m_position;
    return c;
}

void JsonStringArrayReader::skipSpace()
{
    for (int c = peek(); c == ' ' || c == '\t' || c == '\n' || c == '\r'; c = peek())
        ++m_position;
}

JsonStringArrayReader::Status JsonStringArrayReader::fail(const QString &message)
{
    m_state = State::Done;
    const long long offset = m_consumed + static_cast<long long>(m_position);
    m_error = Tr::tr("Not a JSON array of strings (at byte %1): %2").arg(offset).arg(message);
    return Status::Error;
}

JsonStringArrayReader::Status JsonStringArrayReader::next(std::string &item)
{
    item.clear();
    switch (m_state) {
    case State::Done:
        return m_error.isEmpty() ? Status::End : Status::Error;
    case State::Start:
        skipSpace();
        // A UTF-8 byte-order mark, as some editors write one.
        if (peek() == 0xEF) {
            take();
            if (take() != 0xBB || take() != 0xBF)
                return fail(Tr::tr("the input does not start with ["));
            skipSpace();
        }
        if (take() != '[')
            return fail(Tr::tr("the input does not start with ["));
        m_state = State::First;
        [[fallthrough]];
    case State::First:
    case State::Next: {
        skipSpace();
        if (peek() == ']' || (m_state == State::Next && peek() != ',')) {
            if (take() != ']')
                return fail(Tr::tr("expected , or ] after an element"));
            skipSpace();
            if (peek() >= 0)
                return fail(Tr::tr("there is more after the array's end"));
            m_state = State::Done;
            return Status::End;
        }
        if (m_state == State::Next) {
            take(); // ','
            skipSpace();
        }
        if (take() != '"')
            return fail(Tr::tr("every element must be a string"));
        if (!readString(item))
            return Status::Error;
        m_state = State::Next;
        return Status::Item;
    }
    }
    return Status::Error;
}

bool JsonStringArrayReader::readString(std::string &item)
{
    for (;;) {
        // The plain run up to the next quote, backslash or control character, copied at once.
        if (m_position == m_size && !refill()) {
            fail(Tr::tr("a string is not closed"));
            return false;
        }
        const char *begin = m_buffer.data() + m_position;
        const char *end = m_buffer.data() + m_size;
        const char *stop = begin;
        while (stop != end && *stop != '"' && *stop != '\\' &&
               static_cast<unsigned char>(*stop) >= 0x20)
            ++stop;
        item.append(begin, stop);
        m_position += static_cast<std::size_t>(stop - begin);
        if (stop == end)
            continue;
        const int c = take();
        if (c == '"')
            return true;
        if (c != '\\') {
            fail(Tr::tr("a control character inside a string"));
            return false;
        }
        if (!readEscape(item))
            return false;
    }
}

bool JsonStringArrayReader::readHex4(unsigned &value)
{
    value = 0;
    for (int i = 0; i < 4; ++i) {
        const int c = take();
        value <<= 4;
        if (c >= '0' && c <= '9')
            value |= unsigned(c - '0');
        else if (c >= 'a' && c <= 'f')
            value |= unsigned(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            value |= unsigned(c - 'A' + 10);
        else
            return false;
    }
    return true;
}

bool JsonStringArrayReader::readEscape(std::string &item)
{
    switch (take()) {
    case '"':
        item += '"';
        return true;
    case '\\':
        item += '\\';
        return true;
    case '/':
        item += '/';
        return true;
    case 'b':
        item += '\b';
        return true;
    case 'f':
        item += '\f';
        return true;
    case 'n':
        item += '\n';
        return true;
    case 'r':
        item += '\r';
        return true;
    case 't':
        item += '\t';
        return true;
    case 'u': {
        unsigned unit = 0;
        if (!readHex4(unit)) {
            fail(Tr::tr("\\u needs four hexadecimal digits"));
            return false;
        }
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            // A high surrogate takes the low one that follows; alone, it is not a character.
            if (peek() != '\\') {
                appendUtf8(item, Replacement);
                return true;
            }
            take();
            unsigned low = 0;
            if (take() != 'u' || !readHex4(low)) {
                fail(Tr::tr("\\u needs four hexadecimal digits"));
                return false;
            }
            if (low >= 0xDC00 && low <= 0xDFFF) {
                appendUtf8(item, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
            } else {
                appendUtf8(item, Replacement);
                appendUtf8(item, low >= 0xD800 && low <= 0xDBFF ? Replacement : low);
            }
            return true;
        }
        appendUtf8(item, unit >= 0xDC00 && unit <= 0xDFFF ? Replacement : unit);
        return true;
    }
    default:
        fail(Tr::tr("an unknown escape after \\"));
        return false;
    }
}

} // namespace CreatorDesk
