// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace CreatorDesk {

class SpellChecker;

// Underlines the words a post's language doesn't know with the platform's spell-check line.
// Only the edited paragraph is checked again on a keystroke (QSyntaxHighlighter's own rule);
// URLs, mentions, hashtags, cashtags and emoji are never marked (SpellChecker skips them).
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SpellHighlighter(QTextDocument *document);

    // `checker` is not owned; an empty language checks nothing.
    void setSpelling(SpellChecker *checker, const QString &language);
    QString language() const { return m_language; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QPointer<SpellChecker> m_checker;
    QString m_language;
    QTextCharFormat m_misspelt;
};

} // namespace CreatorDesk
