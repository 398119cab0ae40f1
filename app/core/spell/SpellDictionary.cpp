// SPDX-License-Identifier: GPL-3.0-or-later
#include "spell/SpellDictionary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <string>
#include <vector>

// hunspell.pc names the folder of its headers (Debian, Homebrew, the Windows toolchain's).
#include <hunspell.hxx>

namespace CreatorDesk {

namespace {
// Hunspell's suggestion search grows with the word's length; nobody misspells a word this long.
constexpr qsizetype kMaxSuggestedWordLength = 64;
constexpr char16_t kRightSingleQuote = 0x2019;

// Dictionary names are file names chosen by the person ("en_US", "de_DE_frami", "sr-Latn"):
// nothing that could lead out of the dictionary folders.
bool isLanguageName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 64 &&
           std::all_of(name.cbegin(), name.cend(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                      (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
           });
}

bool isDictionaryPair(const QString &base)
{
    return QFileInfo(base + QStringLiteral(".aff")).isFile() &&
           QFileInfo(base + QStringLiteral(".dic")).isFile();
}

// Both files readable, and the .dic starting with its word count: Hunspell would take anything
// else for an empty dictionary (every word wrong) without saying so.
bool isReadablePair(const QString &base)
{
    QFile dic(base + QStringLiteral(".dic"));
    if (!QFileInfo(base + QStringLiteral(".aff")).isReadable() || !dic.open(QIODevice::ReadOnly))
        return false;
    QByteArray line = dic.readLine(64);
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    return !line.isEmpty() && line.at(0) >= '0' && line.at(0) <= '9';
}

// A path as Hunspell must be given it. It opens its files with the C library, which on Windows
// reads a char path in the ANSI code page (no CJK in a Western Windows' one, say); a path after
// the long-path prefix \\?\ it takes as UTF-8 and opens wide. Such a path is taken literally:
// absolute, clean, with backslashes, and a network share's is \\?\UNC\server\share\...
QByteArray hunspellPath(const QString &path)
{
#ifdef Q_OS_WIN
    const QString native =
        QDir::toNativeSeparators(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    if (native.startsWith(QLatin1String("\\\\?\\")))
        return native.toUtf8();
    if (native.startsWith(QLatin1String("\\\\")))
        return QByteArrayLiteral("\\\\?\\UNC\\") + native.mid(2).toUtf8();
    return QByteArrayLiteral("\\\\?\\") + native.toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

// The codec for Hunspell's SET name: Qt's own (UTF-8, ISO8859-1 as Latin-1), then whatever
// else this Qt can convert (with ICU: ISO8859-15, KOI8-R, ...), else UTF-8.
QByteArray codecFor(const std::string &dictionaryEncoding)
{
    const QByteArray name = QByteArray::fromStdString(dictionaryEncoding).trimmed();
    if (name.isEmpty())
        return QByteArrayLiteral("UTF-8");
    if (QStringConverter::encodingForName(name.constData()))
        return name;
    return QStringEncoder(name.constData()).isValid() ? name : QByteArrayLiteral("UTF-8");
}
} // namespace

struct SpellDictionary::Private
{
    Private(QString name, const QString &base)
        : language(std::move(name))
        , hunspell(hunspellPath(base + QStringLiteral(".aff")).constData(),
                   hunspellPath(base + QStringLiteral(".dic")).constData())
        , codec(codecFor(hunspell.get_dict_encoding()))
        , encoder(codec.constData(), QStringConverter::Flag::Stateless)
        , decoder(codec.constData(), QStringConverter::Flag::Stateless)
    {}

    // False when the word has a character the dictionary's encoding lacks.
    bool encode(QStringView word, std::string &out)
    {
        const QString composed = word.toString().normalized(QString::NormalizationForm_C);
        encoder.resetState();
        const QByteArray bytes = encoder.encode(composed);
        if (encoder.hasError())
            return false;
        out = bytes.toStdString();
        return true;
    }

    QString decode(const std::string &bytes)
    {
        decoder.resetState();
        return decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    }

    QString language;
    Hunspell hunspell;
    QByteArray codec;
    QStringEncoder encoder;
    QStringDecoder decoder;
    // Each word's verdict, once asked: a keystroke checks its whole paragraph again, and a
    // writer's words repeat. Forgotten when a word is added; bounded by a clear when full.
    QHash<QString, bool> verdicts;
};

namespace {
constexpr qsizetype MaxVerdicts = 50'000;
} // namespace

QStringList SpellDictionary::searchFolders()
{
    QStringList folders = qEnvironmentVariable("CREATORDESK_DICTIONARIES")
                              .split(QDir::listSeparator(), Qt::SkipEmptyParts);
    // Without an application object there is no application folder (some tests).
    if (QCoreApplication::instance()) {
        const QString appFolder = QCoreApplication::applicationDirPath();
        folders.append(appFolder + QStringLiteral("/dictionaries"));
#ifdef Q_OS_MACOS
        // The bundle's, for the app (Contents/MacOS) and the CLI beside it.
        folders.append(QDir::cleanPath(appFolder + QStringLiteral("/../Resources/dictionaries")));
#endif
        folders.append(
            QDir::cleanPath(appFolder + QStringLiteral("/../share/creatordesk/dictionaries")));
    }
#ifndef Q_OS_WIN
    // Where Linux distributions put them. On Windows these would name folders on whatever drive
    // is current; there (and on macOS) the app ships its own, found above.
    folders.append({QStringLiteral("/usr/share/hunspell"),
                    QStringLiteral("/usr/share/myspell/dicts"),
                    QStringLiteral("/usr/share/myspell")});
#endif
    return folders;
}

QStringList SpellDictionary::availableLanguages()
{
    QStringList languages;
    for (const QString &folder : searchFolders()) {
        const QDir dir(folder);
        for (const QString &aff : dir.entryList({QStringLiteral("*.aff")}, QDir::Files)) {
            const QString language = aff.chopped(4);
            if (isLanguageName(language) && isDictionaryPair(dir.filePath(language)))
                languages.append(language);
        }
    }
    languages.sort();
    languages.removeDuplicates();
    return languages;
}

QString SpellDictionary::pathOf(const QString &language)
{
    if (!isLanguageName(language))
        return {};
    for (const QString &folder : searchFolders()) {
        const QString base = QDir(folder).filePath(language);
        if (isDictionaryPair(base))
            return base;
    }
    return {};
}

QString SpellDictionary::defaultLanguage(const QStringList &available, const QLocale &locale)
{
    if (available.isEmpty())
        return {};
    // The C locale (LANG=C, LANG=POSIX) is the one of English program messages.
    const QString name = locale.language() == QLocale::C ? QStringLiteral("en_US") : locale.name();
    if (available.contains(name))
        return name;
    const QString language = name.section(u'_', 0, 0);
    // The language alone, then its most likely region (de_DE for de_CH), then any region.
    for (const QString &candidate : {language, QLocale(language).name()}) {
        if (available.contains(candidate))
            return candidate;
    }
    for (const QString &candidate : available) {
        if (candidate.startsWith(language + u'_') || candidate.startsWith(language + u'-'))
            return candidate;
    }
    return available.first();
}

std::unique_ptr<SpellDictionary> SpellDictionary::open(const QString &language)
{
    const QString base = pathOf(language);
    if (base.isEmpty() || !isReadablePair(base))
        return nullptr;
    return std::unique_ptr<SpellDictionary>(
        new SpellDictionary(std::make_unique<Private>(language, base)));
}

SpellDictionary::SpellDictionary(std::unique_ptr<Private> d)
    : m_d(std::move(d))
{}

SpellDictionary::~SpellDictionary() = default;

QString SpellDictionary::language() const
{
    return m_d->language;
}

bool SpellDictionary::isCorrect(QStringView word) const
{
    if (word.isEmpty())
        return true;
    const QString key = word.toString();
    if (const auto known = m_d->verdicts.constFind(key); known != m_d->verdicts.cend())
        return *known;
    const bool correct = [this, word] {
        std::string encoded;
        if (m_d->encode(word, encoded) && m_d->hunspell.spell(encoded))
            return true;
        // The plain word under styled letters (mathematical bold, ligatures, fullwidth), and
        // with typewriter apostrophes for dictionaries that know no typographic ones.
        QString plain = word.toString().normalized(QString::NormalizationForm_KC);
        plain.replace(QChar(kRightSingleQuote), u'\'');
        return plain != word && m_d->encode(plain, encoded) && m_d->hunspell.spell(encoded);
    }();
    if (m_d->verdicts.size() >= MaxVerdicts)
        m_d->verdicts.clear();
    m_d->verdicts.insert(key, correct);
    return correct;
}

QStringList SpellDictionary::suggestions(QStringView word, int max) const
{
    QStringList found;
    std::string encoded;
    if (max <= 0 || word.isEmpty() || word.size() > kMaxSuggestedWordLength ||
        !m_d->encode(word, encoded))
        return found;
    for (const std::string &suggestion : m_d->hunspell.suggest(encoded)) {
        const QString decoded = m_d->decode(suggestion);
        if (!decoded.isEmpty() && !found.contains(decoded))
            found.append(decoded);
        if (found.size() >= max)
            break;
    }
    return found;
}

void SpellDictionary::addWord(const QString &word)
{
    std::string encoded;
    if (!word.isEmpty() && m_d->encode(word, encoded))
        m_d->hunspell.add(encoded);
    m_d->verdicts.clear();
}

} // namespace CreatorDesk
