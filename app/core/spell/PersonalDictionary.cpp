// SPDX-License-Identifier: GPL-3.0-or-later
#include "spell/PersonalDictionary.h"

#include "storage/DataFile.h"

#include <QCoreApplication>

#include <algorithm>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::PersonalDictionary)
};

bool hasLineBreak(const QString &word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) {
        return c == u'\n' || c == u'\r' || c == QChar::LineSeparator ||
               c == QChar::ParagraphSeparator;
    });
}
} // namespace

PersonalDictionary::PersonalDictionary(QString file)
    : m_file(std::move(file))
{
    merge(readFile().value_or(QStringList()));
}

std::optional<QStringList> PersonalDictionary::readFile()
{
    const DataFile::Read read = DataFile::read(m_file);
    if (!read.error.isEmpty()) {
        m_error = Tr::tr("Your dictionary %1 cannot be read: %2").arg(m_file, read.error);
        return std::nullopt;
    }
    QStringList words;
    if (!read.bytes)
        return words; // none yet
    // Line by line, whatever the line ends (the file may have been edited by hand on Windows).
    QString text = QString::fromUtf8(*read.bytes);
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    for (const QString &line : text.split(u'\n')) {
        const QString word = line.trimmed();
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

void PersonalDictionary::merge(const QStringList &words)
{
    for (const QString &word : words) {
        if (!m_index.contains(word)) {
            m_index.insert(word);
            m_words.append(word);
        }
    }
}

bool PersonalDictionary::add(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || hasLineBreak(trimmed)) {
        m_error = Tr::tr("\"%1\" is not a word that can be added to your dictionary.").arg(word);
        return false;
    }
    if (contains(trimmed))
        return true;
    // Words written since this list was read (by the CLI, or another window) stay in the file.
    // A file that exists but cannot be read is not overwritten: its words would be lost.
    const std::optional<QStringList> onDisk = readFile();
    if (!onDisk)
        return false;
    const QStringList before = m_words;
    merge(*onDisk);
    merge({trimmed});
    const QString error = DataFile::write(m_file, (m_words.join(u'\n') + u'\n').toUtf8());
    if (!error.isEmpty()) {
        m_error = Tr::tr("\"%1\" could not be added to your dictionary %2: %3")
                      .arg(trimmed, m_file, error);
        m_words = before;
        m_index = QSet<QString>(before.cbegin(), before.cend());
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace CreatorDesk
