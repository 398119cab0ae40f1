// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/DraftEditorActions.h"

#include "drafts/DraftDocument.h"
#include "drafts/ThreadHistory.h"

#include <QAction>
#include <QUndoStack>

namespace CreatorDesk {

namespace {
// Ctrl+Shift+Q everywhere: on macOS Qt::CTRL is Command, and Command+Shift+Q logs out.
QKeySequence queueShortcut()
{
#ifdef Q_OS_MACOS
    return QKeySequence(Qt::META | Qt::SHIFT | Qt::Key_Q);
#else
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q);
#endif
}
} // namespace

DraftEditorActions::DraftEditorActions(DraftEditor *editor, DraftDocument *document)
    : QObject(editor)
    , m_document(document)
{
    struct Spec
    {
        DraftEditor::Action which;
        QString text;
        QString help;
        QKeySequence shortcut;
        void (DraftEditor::*slot)();
    };
    const Spec specs[] = {
        {DraftEditor::AddPost, tr("Add post"), tr("Add a post after this one"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &DraftEditor::addPost},
        {DraftEditor::DeletePost, tr("Delete post"), tr("Delete this post"),
         QKeySequence(Qt::ALT | Qt::Key_Delete), &DraftEditor::deleteCurrentPost},
        {DraftEditor::MoveUp, tr("Move up"), tr("Move this post up"),
         QKeySequence(Qt::ALT | Qt::Key_Up), nullptr},
        {DraftEditor::MoveDown, tr("Move down"), tr("Move this post down"),
         QKeySequence(Qt::ALT | Qt::Key_Down), nullptr},
        {DraftEditor::SplitAtCursor, tr("Split here"), tr("Split this post at the cursor"),
         QKeySequence(Qt::ALT | Qt::Key_Return), &DraftEditor::splitAtCursor},
        {DraftEditor::MergeWithNext, tr("Merge with next"),
         tr("Join the next post to the end of this one"), QKeySequence(Qt::ALT | Qt::Key_J),
         &DraftEditor::mergeWithNext},
        {DraftEditor::SplitIntoThread, tr("Split into thread"),
         tr("Cut this post into posts that fit every chosen platform"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), &DraftEditor::splitIntoThread},
        {DraftEditor::SaveNow, tr("Save now"), tr("Write the draft to this computer now"),
         QKeySequence::Save, &DraftEditor::saveNow},
        {DraftEditor::SaveToServer, tr("Save to server"),
         tr("Create a server draft from this thread"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &DraftEditor::saveToServer},
        {DraftEditor::Undo, tr("Undo"), tr("Undo the last change to the posts"), QKeySequence::Undo,
         &DraftEditor::undo},
        {DraftEditor::Redo, tr("Redo"), tr("Redo the change undone last"), QKeySequence::Redo,
         &DraftEditor::redo},
        {DraftEditor::Publish, tr("Publish…"), tr("Choose accounts and publish this thread now"),
         QKeySequence(Qt::CTRL | Qt::Key_Return), &DraftEditor::publishRequested},
        {DraftEditor::AddToQueue, tr("Add to queue"),
         tr("Schedule this draft for its social set's next free posting time"), queueShortcut(),
         &DraftEditor::addToQueue},
    };
    for (const Spec &spec : specs) {
        // No mnemonics: each action has its own shortcut, and the labels of the form use theirs.
        auto *action = new QAction(spec.text, editor);
        action->setShortcut(spec.shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const QString keys = spec.shortcut.toString(QKeySequence::NativeText);
        action->setToolTip(tr("%1 (%2)").arg(spec.help, keys));
        action->setStatusTip(spec.help);
        if (spec.slot)
            connect(action, &QAction::triggered, editor, spec.slot);
        editor->addAction(action);
        m_actions[spec.which] = action;
    }
    // Every binding of the platform (Redo is both Ctrl+Y and Ctrl+Shift+Z on some).
    m_actions[DraftEditor::Undo]->setShortcuts(QKeySequence::Undo);
    m_actions[DraftEditor::Redo]->setShortcuts(QKeySequence::Redo);
    connect(m_actions[DraftEditor::MoveUp], &QAction::triggered, editor,
            [editor] { editor->moveCurrentPost(-1); });
    connect(m_actions[DraftEditor::MoveDown], &QAction::triggered, editor,
            [editor] { editor->moveCurrentPost(+1); });

    QUndoStack *stack = document->history()->stack();
    connect(stack, &QUndoStack::indexChanged, this, &DraftEditorActions::updateUndoActions);
    connect(stack, &QUndoStack::cleanChanged, this, &DraftEditorActions::updateUndoActions);
    updateUndoActions();
}

void DraftEditorActions::updateUndoActions()
{
    if (!m_document) // the stack empties itself while the document is being destroyed
        return;
    const QUndoStack *stack = m_document->history()->stack();
    QAction *undo = m_actions[DraftEditor::Undo];
    QAction *redo = m_actions[DraftEditor::Redo];
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
    undo->setStatusTip(stack->canUndo() ? tr("Undo: %1").arg(stack->undoText())
                                        : tr("Nothing to undo"));
    redo->setStatusTip(stack->canRedo() ? tr("Redo: %1").arg(stack->redoText())
                                        : tr("Nothing to redo"));
}

} // namespace CreatorDesk
