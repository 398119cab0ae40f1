// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QString>

class QMenu;
class QPlainTextEdit;
class QPoint;

namespace CreatorDesk {

class SpellChecker;

// The spelling part of a post's context menu: for a misspelt word at the click (or at the
// cursor, for the menu key), up to five suggestions that replace it, "Add to dictionary" and
// "Ignore", above the editor's own entries. The replacement is an edit like typing, so the
// thread's undo takes it back.
class SpellingMenu final
{
public:
    // Adds the entries to `menu` when the word at `position` (viewport coordinates) is
    // misspelt; returns whether it was.
    static bool addTo(QMenu *menu, QPlainTextEdit *edit, const QPoint &position,
                      SpellChecker *checker, const QString &language);
};

} // namespace CreatorDesk
