// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

namespace CreatorDesk {

class PersonalDictionary;
class SpellDictionary;

// A word of a text that the dictionary does not know, in UTF-16 units of that text.
struct Misspelling
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString word;

    bool operator==(const Misspelling &) const = default;
};

// Spelling for the editor and the CLI: the installed Hunspell dictionaries (SpellDictionary),
// opened lazily and kept, plus the person's own words (PersonalDictionary) and the words they
// ignored this run, which count as known in every language. URLs, mentions, hashtags, cashtags
// and emoji (TextEntities) are never checked. Not thread-safe by design: it belongs to the UI
// thread (Hunspell keeps state between calls, and the lists change on that thread).
class SpellChecker final : public QObject
{
    Q_OBJECT

public:
    // personalFile empty: no personal list (tests); added words then last for this run only.
    explicit SpellChecker(const QString &personalFile = {}, QObject *parent = nullptr);
    ~SpellChecker() override;

    QStringList languages() const;   // SpellDictionary::availableLanguages(), read once
    QString defaultLanguage() const; // for the system locale
    bool hasLanguage(const QString &language) const;
    // Opens the language's dictionary now rather than at its first use; false when there is
    // none or it cannot be read (misspellings() would then find nothing).
    bool load(const QString &language);

    // Words of `text` the dictionary of `language` doesn't know, skipping TextEntities (URLs,
    // mentions, hashtags, cashtags, emoji), words with digits or '_' (code, not prose), words in
    // the personal list or ignored this run. Words come from QTextBoundaryFinder::Word; an
    // apostrophe inside stays in the word. Unknown language: empty list.
    QList<Misspelling> misspellings(const QString &text, const QString &language);
    // Up to `max` corrections, best first; empty for an unknown language.
    QStringList suggestions(const QString &word, const QString &language, int max = 5);
    // Adds to the personal list (its file), so that no language flags the word again; false,
    // with errorString(), when the list cannot be written. Emits wordsChanged.
    bool addToDictionary(const QString &word);
    void ignore(const QString &word); // this run only; emits wordsChanged
    QString errorString() const;

Q_SIGNALS:
    // The known words changed: misspellings shown so far may be stale.
    void wordsChanged();

private:
    SpellDictionary *dictionary(const QString &language);
    bool isKnown(const QString &word) const;
    void teach(const QString &word); // to every open dictionary

    std::unique_ptr<PersonalDictionary> m_personal;
    mutable std::optional<QStringList> m_languages;
    // nullptr for a language whose dictionary failed to open, so it is not tried on every call.
    std::map<QString, std::unique_ptr<SpellDictionary>> m_dictionaries;
    QSet<QString> m_runWords; // ignored, or added without a personal list
    QString m_error;
};

} // namespace CreatorDesk
