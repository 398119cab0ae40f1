// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafts/DraftEditor.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace CreatorDesk {

class DraftDocument;

// The thread editor's actions: text, help, shortcut (working from any post of the editor) and
// the editor slot each triggers; Undo and Redo follow the draft's history, enabled only when
// there is something to undo or redo, and say in the status tip what it is.
class DraftEditorActions final : public QObject
{
    Q_OBJECT

public:
    DraftEditorActions(DraftEditor *editor, DraftDocument *document);

    QAction *action(DraftEditor::Action which) const { return m_actions[which]; }

private:
    void updateUndoActions();

    QPointer<DraftDocument> m_document;
    QAction *m_actions[DraftEditor::ActionCount] = {};
};

} // namespace CreatorDesk
