// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/ThreadChangeCommand.h"

#include "drafts/ThreadHistory.h"

namespace CreatorDesk {

ThreadChangeCommand::ThreadChangeCommand(ThreadHistory *history, const QString &name,
                                         ThreadSnapshot before, ThreadSnapshot after, int typingRow,
                                         bool mergeable)
    : QUndoCommand(name)
    , m_history(history)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_typingRow(typingRow)
    , m_mergeable(mergeable)
{}

void ThreadChangeCommand::undo()
{
    m_history->apply(m_before);
    const ThreadSnapshot::Place place =
        ThreadSnapshot::changePlace(m_after, m_before, ThreadSnapshot::Edge::Start);
    Q_EMIT m_history->restored(place.row, place.cursor);
}

void ThreadChangeCommand::redo()
{
    // QUndoStack::push() calls redo(); the change is already in the model then.
    if (std::exchange(m_done, false))
        return;
    m_history->apply(m_after);
    const ThreadSnapshot::Place place =
        ThreadSnapshot::changePlace(m_before, m_after, ThreadSnapshot::Edge::End);
    Q_EMIT m_history->restored(place.row, place.cursor);
}

bool ThreadChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ThreadChangeCommand *>(other);
    if (!next->m_mergeable || next->m_typingRow != m_typingRow)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace CreatorDesk
