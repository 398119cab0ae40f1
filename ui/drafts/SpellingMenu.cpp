// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/SpellingMenu.h"

#include "text/SpellChecker.h"

#include <QCoreApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::SpellingMenu)
};
} // namespace

bool SpellingMenu::addTo(QMenu *menu, QPlainTextEdit *edit, const QPoint &position,
                         SpellChecker *checker, const QString &language)
{
    if (!checker || language.isEmpty())
        return false;
    const QTextCursor at = edit->cursorForPosition(position);
    const QTextBlock block = at.block();
    const qsizetype inBlock = at.position() - block.position();
    const QList<Misspelling> words = checker->misspellings(block.text(), language);
    const auto hit = std::find_if(words.cbegin(), words.cend(), [inBlock](const Misspelling &w) {
        return inBlock >= w.start && inBlock <= w.start + w.length;
    });
    if (hit == words.cend())
        return false;
    const Misspelling word = *hit;
    QAction *before = menu->actions().value(0);
    QList<QAction *> added;
    const QStringList suggestions = checker->suggestions(word.word, language, 5);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        QObject::connect(action, &QAction::triggered, edit, [edit, block, word, suggestion] {
            QTextCursor replace(edit->document());
            replace.setPosition(block.position() + int(word.start));
            replace.setPosition(block.position() + int(word.start + word.length),
                                QTextCursor::KeepAnchor);
            replace.insertText(suggestion);
            edit->setTextCursor(replace);
        });
        added.append(action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(Tr::tr("No suggestions"), menu);
        none->setEnabled(false);
        added.append(none);
    }
    auto *add = new QAction(Tr::tr("&Add \"%1\" to dictionary").arg(word.word), menu);
    QObject::connect(add, &QAction::triggered, checker,
                     [checker, text = word.word] { checker->addToDictionary(text); });
    auto *ignore = new QAction(Tr::tr("&Ignore \"%1\"").arg(word.word), menu);
    QObject::connect(ignore, &QAction::triggered, checker,
                     [checker, text = word.word] { checker->ignore(text); });
    added << add << ignore;
    menu->insertActions(before, added);
    if (before)
        menu->insertSeparator(before);
    return true;
}

} // namespace CreatorDesk
