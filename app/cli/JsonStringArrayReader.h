// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdio>
#include <string>
#include <vector>

namespace CreatorDesk {

// Reads a JSON array of strings one element at a time, from a stream, in fixed-size chunks:
// memory stays the size of the longest element whatever the array's length (`count --json` on
// a 57 MB array never holds the array). Strict JSON: anything but strings in one array, or text
// after it, is an error with its byte offset.
class JsonStringArrayReader final
{
public:
    enum class Status { Item, End, Error };

    explicit JsonStringArrayReader(std::FILE *input, std::size_t chunkBytes = 1 << 16);
    // In memory (tests, fuzzing): the same parser over a buffer.
    explicit JsonStringArrayReader(std::string text);

    // The next element, as UTF-8 in `item` (its capacity is kept between calls).
    Status next(std::string &item);
    QString errorString() const { return m_error; }

private:
    int peek();
    int take();
    bool refill();
    void skipSpace();
    Status fail(const QString &message);
    bool readString(std::string &item);
    bool readEscape(std::string &item);
    bool readHex4(unsigned &value);

    std::FILE *m_input = nullptr;
    std::vector<char> m_buffer;
    std::size_t m_position = 0;
    std::size_t m_size = 0;
    long long m_consumed = 0; // bytes before m_buffer's start
    enum class State { Start, First, Next, Done } m_state = State::Start;
    QString m_error;
};

} // namespace CreatorDesk
