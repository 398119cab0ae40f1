// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drafts/ThreadSnapshot.h"

#include <QUndoCommand>

namespace CreatorDesk {

class ThreadHistory;

// One step of a thread's history: the thread before and after. Typing into the same post
// (typingRow >= 0) merges into the previous typing step while `mergeable` says so.
class ThreadChangeCommand final : public QUndoCommand
{
public:
    static constexpr int TypingId = 0x7c01;

    ThreadChangeCommand(ThreadHistory *history, const QString &name, ThreadSnapshot before,
                        ThreadSnapshot after, int typingRow, bool mergeable);

    void undo() override;
    void redo() override;
    int id() const override { return m_typingRow >= 0 ? TypingId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ThreadHistory *m_history;
    ThreadSnapshot m_before;
    ThreadSnapshot m_after;
    int m_typingRow;
    bool m_mergeable;
    bool m_done = true; // the change already happened when the step was pushed
};

} // namespace CreatorDesk
