// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/SpellHighlighter.h"

#include "text/SpellChecker.h"

namespace CreatorDesk {

SpellHighlighter::SpellHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_misspelt.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    m_misspelt.setUnderlineColor(QColor(0xd0, 0x20, 0x20));
}

void SpellHighlighter::setSpelling(SpellChecker *checker, const QString &language)
{
    if (checker == m_checker && language == m_language)
        return;
    if (m_checker)
        disconnect(m_checker, nullptr, this, nullptr);
    m_checker = checker;
    m_language = language;
    if (checker)
        connect(checker, &SpellChecker::wordsChanged, this, &QSyntaxHighlighter::rehighlight);
    rehighlight();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker || m_language.isEmpty() || text.isEmpty())
        return;
    for (const Misspelling &word : m_checker->misspellings(text, m_language))
        setFormat(int(word.start), int(word.length), m_misspelt);
}

} // namespace CreatorDesk
