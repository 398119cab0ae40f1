// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/ThreadHistory.h"

#include "drafts/ThreadChangeCommand.h"
#include "drafts/ThreadModel.h"

#include <QUndoStack>

namespace CreatorDesk {

ThreadHistory::ThreadHistory(ThreadModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_stack(new QUndoStack(this))
    , m_current(capture())
{
    connect(model, &ThreadModel::contentChanged, this, [this] {
        if (!m_applying && !m_performing)
            record({});
    });
}

ThreadHistory::~ThreadHistory() = default;

bool ThreadHistory::canUndo() const
{
    return m_stack->canUndo();
}

bool ThreadHistory::canRedo() const
{
    return m_stack->canRedo();
}

void ThreadHistory::reset()
{
    m_stack->clear();
    m_current = capture();
    m_sinceTyping.invalidate();
}

void ThreadHistory::perform(const QString &name, const std::function<void()> &change)
{
    m_performing = true;
    change();
    m_performing = false;
    record(name);
}

void ThreadHistory::undo()
{
    m_stack->undo();
}

void ThreadHistory::redo()
{
    m_stack->redo();
}

ThreadSnapshot ThreadHistory::capture() const
{
    ThreadSnapshot snapshot;
    const int rows = m_model->rowCount();
    snapshot.texts.reserve(rows);
    snapshot.mediaIds.reserve(rows);
    snapshot.media.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        snapshot.texts.append(m_model->text(row));
        snapshot.mediaIds.append(m_model->mediaIds(row));
        snapshot.media.append(m_model->media(row));
    }
    return snapshot;
}

void ThreadHistory::apply(const ThreadSnapshot &snapshot)
{
    m_applying = true;
    if (snapshot.texts.size() == m_model->rowCount() && snapshot.mediaIds == m_current.mediaIds &&
        snapshot.media == m_current.media) {
        // Only texts differ: touch those posts alone, so the other editors keep their state.
        for (int row = 0; row < snapshot.texts.size(); ++row)
            m_model->setText(row, snapshot.texts.at(row));
    } else {
        m_model->setPosts(snapshot.texts, snapshot.mediaIds);
        for (int row = 0; row < snapshot.media.size(); ++row) {
            if (!snapshot.media.at(row).isEmpty())
                m_model->setMedia(row, snapshot.media.at(row));
        }
    }
    m_current = snapshot;
    m_sinceTyping.invalidate(); // typing after an undo starts a step of its own
    m_applying = false;
}

void ThreadHistory::record(const QString &name)
{
    ThreadSnapshot now = capture();
    if (now == m_current)
        return;
    const int typingRow = name.isEmpty() ? ThreadSnapshot::singleTextChange(m_current, now) : -1;
    const bool mergeable =
        typingRow >= 0 && m_sinceTyping.isValid() && m_sinceTyping.elapsed() < MergeMs;
    QString text = name;
    if (text.isEmpty())
        text = typingRow >= 0 ? tr("Typing in post %1").arg(typingRow + 1) : tr("Change posts");
    if (typingRow >= 0)
        m_sinceTyping.start();
    else
        m_sinceTyping.invalidate();
    m_stack->push(new ThreadChangeCommand(this, text, m_current, now, typingRow, mergeable));
    m_current = std::move(now);
}

} // namespace CreatorDesk
