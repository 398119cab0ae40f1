// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafts/ThreadSnapshot.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QUndoStack;

namespace CreatorDesk {

class ThreadModel;

// Undo and redo for a whole thread: typing, split, merge, moves (also by drag), deletes and
// "Split into thread" are one history, so Ctrl+Z after a split brings back the one post.
// It watches the model's content rather than wrapping each operation, so nothing that changes
// a thread can slip past it. Typing in one post within MergeMs of the last keystroke is one step.
class ThreadHistory final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MergeMs = 1500;

    explicit ThreadHistory(ThreadModel *model, QObject *parent = nullptr);
    ~ThreadHistory() override;

    QUndoStack *stack() const { return m_stack; }
    bool canUndo() const;
    bool canRedo() const;

    // Forgets every step; the thread as it is now is where undo stops (a draft was opened).
    void reset();
    // Runs `change` and records what it did as one step called `name`.
    void perform(const QString &name, const std::function<void()> &change);

public Q_SLOTS:
    void undo();
    void redo();

Q_SIGNALS:
    // After undo or redo: where the cursor belongs.
    void restored(int row, int cursor);

private:
    friend class ThreadChangeCommand;
    ThreadSnapshot capture() const;
    void apply(const ThreadSnapshot &snapshot);
    void record(const QString &name);

    ThreadModel *m_model;
    QUndoStack *m_stack;
    ThreadSnapshot m_current;
    QElapsedTimer m_sinceTyping;
    bool m_applying = false;
    bool m_performing = false;
};

} // namespace CreatorDesk
