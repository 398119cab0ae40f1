// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/CsvReader.h"

#include <QCoreApplication>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::CsvReader)
};

enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_input(device)
{}

bool CsvReader::fail(const QString &message, qint64 line)
{
    m_errorLine = line;
    m_input.fail(message);
    return false;
}

bool CsvReader::append(char byte)
{
    if (m_field.size() >= MaxFieldBytes)
        return fail(
            Tr::tr("Line %1: a field is longer than 1 MB. Is this a CSV file?").arg(m_input.line()),
            m_input.line());
    m_field.append(byte);
    return true;
}

bool CsvReader::endField(QStringList &fields)
{
    m_peakBufferBytes =
        qMax(m_peakBufferBytes, m_input.bufferCapacity() + qsizetype(m_field.capacity()));
    if (fields.size() >= MaxFields)
        return fail(Tr::tr("Line %1 has more than %2 fields. Is this a CSV file?")
                        .arg(m_recordLine)
                        .arg(MaxFields),
                    m_recordLine);
    fields.append(QString::fromUtf8(m_field));
    m_field.resize(0); // keeps its capacity for the next field
    return true;
}

bool CsvReader::next(QStringList &fields)
{
    fields.clear();
    m_field.resize(0);
    if (hasError())
        return false;
    State state = State::FieldStart;
    bool started = false;
    qint64 quoteLine = 0;
    for (int c = m_input.get(); c >= 0; c = m_input.get()) {
        // The LF of a CRLF whose CR ended a record or a line inside quotes.
        if (m_skipLf) {
            m_skipLf = false;
            if (c == '\n')
                continue;
        }
        if (!started) {
            started = true;
            m_recordLine = m_input.line();
        }
        switch (state) {
        case State::Quoted:
            if (c == '"') {
                state = State::AfterQuote;
            } else if (c == '\r') {
                m_skipLf = true;
                if (!append('\n'))
                    return false;
            } else if (!append(char(c))) {
                return false;
            }
            continue;
        case State::AfterQuote:
            if (c == '"') { // "" inside quotes: one quote
                state = State::Quoted;
                if (!append('"'))
                    return false;
                continue;
            }
            if (c != ',' && c != '\r' && c != '\n')
                return fail(Tr::tr("Line %1: there is text after a closing quote. Inside a "
                                   "quoted field, write a quote as two quotes (\"\").")
                                .arg(m_input.line()),
                            m_input.line());
            break;
        case State::FieldStart:
            if (c == '"') {
                state = State::Quoted;
                quoteLine = m_input.line();
                continue;
            }
            break;
        case State::Unquoted:
            break; // a quote inside an unquoted field is kept as it is, as most programs do
        }
        if (c == ',') {
            if (!endField(fields))
                return false;
            state = State::FieldStart;
            continue;
        }
        if (c == '\r' || c == '\n') {
            m_skipLf = c == '\r';
            return endField(fields);
        }
        if (!append(char(c)))
            return false;
        state = State::Unquoted;
    }
    if (m_input.hasError()) {
        // From the input: the line it stopped on.
        if (m_errorLine == 0)
            m_errorLine = m_input.line();
        return false;
    }
    if (state == State::Quoted)
        return fail(
            Tr::tr("The quote that opens a field on line %1 is never closed.").arg(quoteLine),
            quoteLine);
    return started && endField(fields);
}

} // namespace CreatorDesk
