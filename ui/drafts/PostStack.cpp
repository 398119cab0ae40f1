// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/PostStack.h"

#include "drafts/PostDragHandle.h"
#include "drafts/PostEditor.h"
#include "drafts/ThreadModel.h"
#include "text/SpellChecker.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace CreatorDesk {

PostStack::PostStack(ThreadModel *model, QWidget *parent)
    : QScrollArea(parent)
    , m_model(model)
    , m_postsContainer(new QWidget)
    , m_postsLayout(new QVBoxLayout(m_postsContainer))
{
    setObjectName(QStringLiteral("posts"));
    setAccessibleName(tr("Posts of the thread"));
    m_postsLayout->setContentsMargins(4, 4, 4, 4);
    m_postsLayout->setSpacing(8);
    m_postsLayout->addStretch(1);
    m_postsContainer->setAcceptDrops(true);
    m_postsContainer->installEventFilter(this);
    setWidget(m_postsContainer); // owned by the scroll area from here
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &PostStack::emitPlace);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PostStack::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PostStack::onRowsInserted);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PostStack::onRowsRemoved);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &PostStack::onRowsMoved);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PostStack::onDataChanged);
    rebuild();
}

void PostStack::setSpelling(SpellChecker *checker, const QString &language)
{
    m_checker = checker;
    m_language = language;
    for (PostEditor *editor : std::as_const(m_editors))
        editor->setSpelling(checker, language);
}

PostEditor *PostStack::createEditor(int row)
{
    auto *editor = new PostEditor(m_postsContainer);
    editor->setSpelling(m_checker, m_language);
    connect(editor, &PostEditor::textEdited, this,
            [this, editor](const QString &text) { m_model->setText(editor->row(), text); });
    connect(editor, &PostEditor::focusEntered, this, [this, editor] {
        m_currentRow = editor->row();
        ensureWidgetVisible(editor, 0, 8);
        emitPlace();
    });
    connect(editor->textEdit(), &QPlainTextEdit::cursorPositionChanged, this, [this, editor] {
        if (editor->textEdit()->hasFocus())
            emitPlace();
    });
    m_postsLayout->insertWidget(row, editor);
    m_editors.insert(row, editor);
    return editor;
}

void PostStack::rebuild()
{
    // The editors there are take the new thread's posts: opening a draft replaces texts, not
    // widgets (the stack starts with an editor for the empty thread before a draft is opened).
    const int rows = m_model->rowCount();
    while (m_editors.size() > rows)
        delete m_editors.takeLast();
    for (int row = int(m_editors.size()); row < rows; ++row)
        createEditor(row);
    renumber();
    for (int row = 0; row < m_model->rowCount(); ++row)
        updateRow(row);
    m_currentRow = 0;
}

void PostStack::renumber()
{
    for (int row = 0; row < m_editors.size(); ++row)
        m_editors.at(row)->setRow(row, int(m_editors.size()));
}

void PostStack::updateRow(int row)
{
    PostEditor *editor = m_editors.value(row);
    if (!editor)
        return;
    const QModelIndex index = m_model->index(row);
    editor->setText(m_model->text(row));
    QHash<Platform, QString> notes;
    for (Platform platform : m_model->platforms())
        notes.insert(platform, m_model->limitNote(platform));
    editor->setLimitNotes(notes);
    editor->setCounts(m_model->counts(row),
                      index.data(ThreadModel::OverLimitStartRole).toLongLong(),
                      index.data(ThreadModel::OverLimitLengthRole).toLongLong());
}

void PostStack::onRowsInserted(const QModelIndex &, int first, int last)
{
    for (int row = first; row <= last; ++row)
        createEditor(row);
    renumber();
    for (int row = first; row <= last; ++row)
        updateRow(row);
}

void PostStack::onRowsRemoved(const QModelIndex &, int first, int last)
{
    for (int row = last; row >= first; --row)
        delete m_editors.takeAt(row);
    renumber();
    m_currentRow = qBound(0, m_currentRow, int(m_editors.size()) - 1);
}

void PostStack::onRowsMoved(const QModelIndex &, int start, int, const QModelIndex &, int row)
{
    const int to = row > start ? row - 1 : row;
    PostEditor *editor = m_editors.takeAt(start);
    m_editors.insert(to, editor);
    m_postsLayout->removeWidget(editor);
    m_postsLayout->insertWidget(to, editor);
    renumber();
}

void PostStack::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        updateRow(row);
}

void PostStack::focusPost(int row, int cursorPosition)
{
    PostEditor *editor = m_editors.value(row);
    if (!editor)
        return;
    m_currentRow = row;
    editor->textEdit()->setFocus(Qt::OtherFocusReason);
    if (cursorPosition >= 0) {
        QTextCursor cursor = editor->textEdit()->textCursor();
        cursor.setPosition(
            qMin(cursorPosition, editor->textEdit()->document()->characterCount() - 1));
        editor->textEdit()->setTextCursor(cursor);
    }
    ensureWidgetVisible(editor, 0, 8);
}

void PostStack::restorePlace(int row, int cursor, int scroll)
{
    m_restoring = true;
    focusPost(qBound(0, row, int(m_editors.size()) - 1), cursor);
    m_postsContainer->layout()->activate(); // heights known, so the scroll position is reachable
    verticalScrollBar()->setValue(scroll);
    m_restoring = false;
}

void PostStack::emitPlace()
{
    if (m_restoring)
        return;
    const PostEditor *editor = m_editors.value(m_currentRow);
    const int cursor = editor ? editor->textEdit()->textCursor().position() : 0;
    Q_EMIT placeChanged(m_currentRow, cursor, verticalScrollBar()->value());
}

int PostStack::dropRow(int y) const
{
    for (int row = 0; row < m_editors.size(); ++row) {
        if (y < m_editors.at(row)->geometry().center().y())
            return row;
    }
    return int(m_editors.size());
}

bool PostStack::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_postsContainer)
        return QScrollArea::eventFilter(watched, event);
    const QLatin1String mime(PostDragHandle::MimeType);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!drag->mimeData()->hasFormat(mime))
            return false;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!drop->mimeData()->hasFormat(mime))
            return false;
        const int source = drop->mimeData()->data(mime).toInt();
        const int target = dropRow(drop->position().toPoint().y());
        if (m_model->moveRows({}, source, 1, {}, target))
            focusPost(target > source ? target - 1 : target);
        drop->acceptProposedAction();
        return true;
    }
    default:
        return QScrollArea::eventFilter(watched, event);
    }
}

} // namespace CreatorDesk
