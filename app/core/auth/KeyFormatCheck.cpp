// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/KeyFormatCheck.h"

#include <QCoreApplication>

namespace CreatorDesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::KeyFormatCheck)
};

bool isQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`') ||
           c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x2018) || c == QChar(0x2019);
}

bool inAlphabet(QChar c, KeyFormat::Alphabet alphabet)
{
    const bool ascii = c.unicode() < 128;
    const bool asciiAlnum = ascii && (c.isDigit() || c.isLetter());
    switch (alphabet) {
    case KeyFormat::Alphabet::Hex:
        return ascii && (c.isDigit() ||
                         (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')));
    case KeyFormat::Alphabet::Alphanumeric:
        return asciiAlnum;
    case KeyFormat::Alphabet::Token:
        return asciiAlnum || c == QLatin1Char('-') || c == QLatin1Char('_');
    }
    return false;
}

QString alphabetName(KeyFormat::Alphabet alphabet)
{
    switch (alphabet) {
    case KeyFormat::Alphabet::Hex:
        return Tr::tr("hexadecimal characters (0-9, a-f)");
    case KeyFormat::Alphabet::Alphanumeric:
        return Tr::tr("letters and digits");
    case KeyFormat::Alphabet::Token:
        return Tr::tr("letters, digits, - or _");
    }
    return {};
}

// Why `key`, which starts with `format`'s prefix, still does not match it.
QString bodyProblem(const KeyFormat &format, const QString &key)
{
    const QString body = key.mid(format.prefix.size());
    for (QChar c : body) {
        if (!inAlphabet(c, format.bodyAlphabet))
            return Tr::tr("The key contains \"%1\"; after %2 it may only have %3.")
                .arg(c, format.prefix, alphabetName(format.bodyAlphabet));
    }
    const int length = int(body.size());
    if (format.bodyMinLength == format.bodyMaxLength && length != format.bodyMinLength)
        return Tr::tr("After %1 the key needs exactly %2 %3; this one has %4.")
            .arg(format.prefix)
            .arg(format.bodyMinLength)
            .arg(alphabetName(format.bodyAlphabet))
            .arg(length);
    if (length < format.bodyMinLength)
        return Tr::tr("The key is too short: after %1 it needs at least %2 characters; this one "
                      "has %3. Copy the whole key.")
            .arg(format.prefix)
            .arg(format.bodyMinLength)
            .arg(length);
    if (length > format.bodyMaxLength)
        return Tr::tr("The key is too long: after %1 it has at most %2 characters; this one has "
                      "%3.")
            .arg(format.prefix)
            .arg(format.bodyMaxLength)
            .arg(length);
    return Tr::tr("This is not a valid key: it should be %1.").arg(format.hint);
}

QString prefixList(const ServiceDescriptor &service)
{
    QStringList prefixes;
    for (const KeyFormat &format : service.keyFormats)
        prefixes.append(format.prefix);
    return prefixes.join(Tr::tr(" or "));
}

} // namespace

KeyCheck KeyFormatCheck::check(const ServiceDescriptor &service, const QString &input,
                               const QList<ServiceDescriptor> &others)
{
    KeyCheck result;
    QString key = input;
    const QString trimmed = key.trimmed();
    if (trimmed.size() != key.size() && !trimmed.isEmpty())
        result.notes.append(Tr::tr("Spaces or line breaks around the key were removed."));
    key = trimmed;
    if (key.size() >= 2 && isQuote(key.front()) && isQuote(key.back())) {
        key = key.mid(1, key.size() - 2).trimmed();
        result.notes.append(Tr::tr("Quotes around the key were removed."));
    }
    result.key = key;
    if (key.isEmpty())
        return result;

    result.verdict = KeyCheck::Verdict::Invalid;
    if (const auto format = service.formatOf(key)) {
        result.verdict = KeyCheck::Verdict::Valid;
        result.format = format;
        return result;
    }
    for (QChar c : std::as_const(key)) {
        if (c.isSpace()) {
            result.problem =
                Tr::tr("The key contains a space or line break. Copy it again in one piece.");
            return result;
        }
    }
    for (const KeyFormat &format : service.keyFormats) {
        if (key.startsWith(format.prefix)) {
            result.problem = bodyProblem(format, key);
            return result;
        }
    }
    result.problem = Tr::tr("A %1 key starts with %2.").arg(service.name, prefixList(service));
    for (const ServiceDescriptor &other : others) {
        if (other.id != service.id && other.formatOf(key)) {
            result.problem +=
                QLatin1Char(' ') +
                Tr::tr("This looks like a %1 key; choose %1 as the service.").arg(other.name);
            break;
        }
    }
    return result;
}

QString KeyFormatCheck::displayPrefix(const QString &key, const QString &formatPrefix)
{
    // The prefix and four more characters identify a key without revealing it; never more
    // than half of a (short, odd) key.
    const qsizetype visible = std::min<qsizetype>(formatPrefix.size() + 4, key.size() / 2);
    return key.left(visible) + QChar(0x2026);
}

} // namespace CreatorDesk
