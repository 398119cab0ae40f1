// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace CreatorDesk {

// The person's own words, which spelling accepts in every language: a UTF-8 file of one word a
// line (AppPaths::personalDictionaryFile()), read on construction and written whole, atomically,
// on every addition. Words another process (the CLI, a second window) added since are kept.
class PersonalDictionary final
{
public:
    explicit PersonalDictionary(QString file);

    QString file() const { return m_file; }
    QStringList words() const { return m_words; } // in the order they were added
    bool contains(const QString &word) const { return m_index.contains(word); }
    // Adds a word (surrounding spaces dropped) and writes the file. False, with errorString(),
    // for an empty word, one with a line break, or a file that cannot be written; the list is
    // then as before. Adding a known word is true and writes nothing.
    bool add(const QString &word);
    QString errorString() const { return m_error; }

private:
    void merge(const QStringList &words);
    std::optional<QStringList> readFile(); // nullopt (and errorString()) if unreadable

    QString m_file;
    QStringList m_words;
    QSet<QString> m_index;
    QString m_error;
};

} // namespace CreatorDesk
