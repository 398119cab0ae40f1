// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/SpellChecker.h"

#include "spell/PersonalDictionary.h"
#include "spell/SpellDictionary.h"
#include "text/TextEntities.h"

#include <QLocale>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace CreatorDesk {

namespace {
bool hasLetter(QStringView word)
{
    for (qsizetype i = 0; i < word.size(); ++i) {
        char32_t c = word.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < word.size() && word.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(word.at(i), word.at(i + 1));
            ++i;
        }
        if (QChar::isLetter(c))
            return true;
    }
    return false;
}

// Digits or '_' mark code, versions and handles ("mp3", "x86_64"), which no dictionary has.
bool looksLikeCode(QStringView word)
{
    return std::any_of(word.cbegin(), word.cend(),
                       [](QChar c) { return c.isDigit() || c == u'_'; });
}

// A lone letter is an initial or part of an abbreviation the word finder cuts at its dots
// ("e.g.", "z.B."), not a misspelling.
bool isSingleLetter(QStringView word)
{
    if (word.size() == 1)
        return true;
    if (word.size() > 4)
        return false; // longer than any letter with its accents, in practice
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, word.data(), word.size());
    graphemes.toNextBoundary();
    return graphemes.position() == word.size();
}
} // namespace

SpellChecker::SpellChecker(const QString &personalFile, QObject *parent)
    : QObject(parent)
{
    if (!personalFile.isEmpty()) {
        m_personal = std::make_unique<PersonalDictionary>(personalFile);
        m_error = m_personal->errorString();
    }
}

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::languages() const
{
    if (!m_languages)
        m_languages = SpellDictionary::availableLanguages();
    return *m_languages;
}

QString SpellChecker::defaultLanguage() const
{
    return SpellDictionary::defaultLanguage(languages(), QLocale::system());
}

bool SpellChecker::hasLanguage(const QString &language) const
{
    return languages().contains(language);
}

bool SpellChecker::load(const QString &language)
{
    return dictionary(language) != nullptr;
}

SpellDictionary *SpellChecker::dictionary(const QString &language)
{
    const auto found = m_dictionaries.find(language);
    if (found != m_dictionaries.end())
        return found->second.get();
    if (!hasLanguage(language))
        return nullptr;
    std::unique_ptr<SpellDictionary> opened = SpellDictionary::open(language);
    if (opened) {
        if (m_personal) {
            for (const QString &word : m_personal->words())
                opened->addWord(word);
        }
        for (const QString &word : std::as_const(m_runWords))
            opened->addWord(word);
    }
    return m_dictionaries.emplace(language, std::move(opened)).first->second.get();
}

bool SpellChecker::isKnown(const QString &word) const
{
    return m_runWords.contains(word) || (m_personal && m_personal->contains(word));
}

void SpellChecker::teach(const QString &word)
{
    for (const auto &[language, dictionary] : m_dictionaries) {
        if (dictionary)
            dictionary->addWord(word);
    }
}

QList<Misspelling> SpellChecker::misspellings(const QString &text, const QString &language)
{
    QList<Misspelling> found;
    SpellDictionary *words = text.isEmpty() ? nullptr : dictionary(language);
    if (!words)
        return found;
    const QList<TextEntity> entities = TextEntities::extract(text);
    qsizetype entity = 0; // the first entity that does not end before the current word
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        const QStringView piece = QStringView(text).mid(start, end - start);
        const qsizetype pieceStart = start;
        start = end;
        if (piece.isEmpty() || !hasLetter(piece) || looksLikeCode(piece) || isSingleLetter(piece))
            continue;
        while (entity < entities.size() && entities.at(entity).end() <= pieceStart)
            ++entity;
        if (entity < entities.size() && entities.at(entity).start < end)
            continue;
        const QString word = piece.toString();
        if (!isKnown(word) && !words->isCorrect(word))
            found.append({pieceStart, piece.size(), word});
    }
    return found;
}

QStringList SpellChecker::suggestions(const QString &word, const QString &language, int max)
{
    SpellDictionary *words = dictionary(language);
    return words ? words->suggestions(word, max) : QStringList();
}

bool SpellChecker::addToDictionary(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (m_personal) {
        if (!m_personal->add(trimmed)) {
            m_error = m_personal->errorString();
            return false;
        }
    } else {
        if (trimmed.isEmpty()) {
            m_error = tr("There is no word to add to the dictionary.");
            return false;
        }
        m_runWords.insert(trimmed);
    }
    m_error.clear();
    teach(trimmed);
    Q_EMIT wordsChanged();
    return true;
}

void SpellChecker::ignore(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || m_runWords.contains(trimmed))
        return;
    m_runWords.insert(trimmed);
    teach(trimmed);
    Q_EMIT wordsChanged();
}

QString SpellChecker::errorString() const
{
    return m_error;
}

} // namespace CreatorDesk
