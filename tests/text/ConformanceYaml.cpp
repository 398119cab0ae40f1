// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConformanceYaml.h"

#include <QFile>
#include <QList>
#include <QRegularExpression>

#include <stdexcept>

namespace CreatorDesk::Testing {

namespace {
struct Line
{
    int number = 0;
    qsizetype indent = 0;
    QString content; // without the indentation
};

[[noreturn]] void fail(int line, const char *what)
{
    throw std::runtime_error("YAML line " + std::to_string(line) + ": " + what);
}

class Parser
{
public:
    explicit Parser(const QString &text)
    {
        const QStringList rawLines = text.split(u'\n');
        for (qsizetype i = 0; i < rawLines.size(); ++i) {
            QString raw = rawLines.at(i);
            if (raw.endsWith(u'\r'))
                raw.chop(1);
            const QString trimmed = raw.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed == u"---")
                continue;
            if (raw.startsWith(u'\t'))
                fail(int(i + 1), "tab indentation");
            qsizetype indent = 0;
            while (raw.at(indent) == u' ')
                ++indent;
            m_lines.append({int(i + 1), indent, raw.mid(indent)});
        }
    }

    nlohmann::json document()
    {
        if (m_lines.isEmpty())
            return nullptr;
        nlohmann::json root = node(m_lines.first().indent);
        if (m_position < m_lines.size())
            fail(m_lines.at(m_position).number, "unexpected dedent");
        return root;
    }

private:
    bool atEnd() const { return m_position >= m_lines.size(); }
    Line &current() { return m_lines[m_position]; }

    static bool isSequenceItem(const QString &content)
    {
        return content == u"-" || content.startsWith(u"- ");
    }

    // "key: value" or "key:" with a plain key, as these files write them.
    static bool splitKey(const QString &content, QString *key, QString *rest)
    {
        static const QRegularExpression keyPattern(
            QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*):(?: +(.*))?$"));
        const QRegularExpressionMatch match = keyPattern.match(content);
        if (!match.hasMatch())
            return false;
        *key = match.captured(1);
        *rest = match.captured(2);
        return true;
    }

    nlohmann::json node(qsizetype indent)
    {
        if (atEnd())
            return nullptr;
        return isSequenceItem(current().content) ? sequence(indent) : mapping(indent);
    }

    nlohmann::json mapping(qsizetype indent)
    {
        nlohmann::json object = nlohmann::json::object();
        while (!atEnd() && current().indent == indent && !isSequenceItem(current().content)) {
            QString key;
            QString rest;
            const int number = current().number;
            if (!splitKey(current().content, &key, &rest))
                fail(number, "expected 'key:'");
            ++m_position;
            const std::string name = key.toStdString();
            if (!rest.isEmpty()) {
                object[name] = inlineValue(rest, number);
            } else if (!atEnd() &&
                       (current().indent > indent ||
                        (current().indent == indent && isSequenceItem(current().content)))) {
                object[name] = node(current().indent);
            } else {
                object[name] = nullptr;
            }
        }
        if (!atEnd() && current().indent > indent)
            fail(current().number, "unexpected indentation");
        return object;
    }

    nlohmann::json sequence(qsizetype indent)
    {
        nlohmann::json array = nlohmann::json::array();
        while (!atEnd() && current().indent == indent && isSequenceItem(current().content)) {
            Line &line = current();
            const QString item = line.content.mid(1).trimmed();
            QString key;
            QString rest;
            if (item.isEmpty()) {
                ++m_position;
                array.push_back(atEnd() || current().indent <= indent ? nullptr
                                                                      : node(current().indent));
            } else if (splitKey(item, &key, &rest)) {
                // "- key: value" opens a mapping whose keys sit two columns further in.
                line.indent = indent + 2;
                line.content = item;
                array.push_back(mapping(indent + 2));
            } else {
                ++m_position;
                array.push_back(inlineValue(item, line.number));
            }
        }
        return array;
    }

    static nlohmann::json inlineValue(const QString &text, int number)
    {
        qsizetype position = 0;
        nlohmann::json value = flowValue(text, &position, number, false);
        skipSpaces(text, &position);
        if (position < text.size() && text.at(position) != u'#')
            fail(number, "trailing characters after a value");
        return value;
    }

    static void skipSpaces(const QString &text, qsizetype *position)
    {
        while (*position < text.size() && text.at(*position) == u' ')
            ++*position;
    }

    static nlohmann::json flowValue(const QString &text, qsizetype *position, int number,
                                    bool inFlow)
    {
        skipSpaces(text, position);
        if (*position >= text.size())
            fail(number, "missing value");
        const QChar first = text.at(*position);
        if (first == u'"')
            return doubleQuoted(text, position, number);
        if (first == u'\'')
            return singleQuoted(text, position, number);
        if (first == u'[') {
            nlohmann::json array = nlohmann::json::array();
            ++*position;
            skipSpaces(text, position);
            if (*position < text.size() && text.at(*position) == u']') {
                ++*position;
                return array;
            }
            for (;;) {
                array.push_back(flowValue(text, position, number, true));
                skipSpaces(text, position);
                if (*position >= text.size())
                    fail(number, "unterminated flow sequence");
                const QChar separator = text.at((*position)++);
                if (separator == u']')
                    return array;
                if (separator != u',')
                    fail(number, "expected ',' or ']'");
            }
        }
        // A plain scalar runs to the end of the line (or to ',' / ']' inside a flow sequence).
        qsizetype end = *position;
        while (end < text.size() && !(inFlow && (text.at(end) == u',' || text.at(end) == u']')) &&
               !(text.at(end) == u'#' && end > 0 && text.at(end - 1) == u' '))
            ++end;
        const QString plain = text.mid(*position, end - *position).trimmed();
        *position = end;
        return plainScalar(plain);
    }

    static nlohmann::json plainScalar(const QString &plain)
    {
        if (plain == u"true")
            return true;
        if (plain == u"false")
            return false;
        if (plain == u"null" || plain == u"~")
            return nullptr;
        static const QRegularExpression integer(QStringLiteral("^-?[0-9]+$"));
        if (integer.match(plain).hasMatch())
            return plain.toLongLong();
        return plain.toStdString();
    }

    static nlohmann::json singleQuoted(const QString &text, qsizetype *position, int number)
    {
        QString value;
        for (qsizetype i = *position + 1; i < text.size(); ++i) {
            if (text.at(i) != u'\'') {
                value += text.at(i);
            } else if (i + 1 < text.size() && text.at(i + 1) == u'\'') {
                value += u'\'';
                ++i;
            } else {
                *position = i + 1;
                return value.toStdString();
            }
        }
        fail(number, "unterminated single-quoted scalar");
    }

    static nlohmann::json doubleQuoted(const QString &text, qsizetype *position, int number)
    {
        QString value;
        for (qsizetype i = *position + 1; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'"') {
                *position = i + 1;
                return value.toStdString();
            }
            if (c != u'\\') {
                value += c;
                continue;
            }
            if (++i >= text.size())
                break;
            const char16_t escape = text.at(i).unicode();
            int digits = 0;
            switch (escape) {
            case u'x':
                digits = 2;
                break;
            case u'u':
                digits = 4;
                break;
            case u'U':
                digits = 8;
                break;
            case u'n':
                value += u'\n';
                continue;
            case u't':
                value += u'\t';
                continue;
            case u'r':
                value += u'\r';
                continue;
            case u'0':
                value += QChar(u'\0');
                continue;
            case u'"':
            case u'\\':
            case u'/':
                value += QChar(escape);
                continue;
            default:
                fail(number, "unsupported escape");
            }
            bool ok = false;
            const uint codePoint = text.mid(i + 1, digits).toUInt(&ok, 16);
            if (!ok || i + digits >= text.size())
                fail(number, "bad hexadecimal escape");
            value += QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoint), 1);
            i += digits;
        }
        fail(number, "unterminated double-quoted scalar");
    }

    QList<Line> m_lines;
    qsizetype m_position = 0;
};
} // namespace

nlohmann::json ConformanceYaml::parse(const QString &text)
{
    return Parser(text).document();
}

nlohmann::json ConformanceYaml::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot open " + path.toStdString());
    return parse(QString::fromUtf8(file.readAll()));
}

} // namespace CreatorDesk::Testing
