// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QScrollArea>

class QVBoxLayout;

namespace CreatorDesk {

class PostEditor;
class SpellChecker;
class ThreadModel;

// The posts of a thread, one PostEditor each, in a scroll area, kept in step with the
// ThreadModel: a keystroke updates that post's counters only; inserts, removals and moves touch
// only the editors concerned. Posts can be dragged by their grip to another place.
class PostStack final : public QScrollArea
{
    Q_OBJECT

public:
    explicit PostStack(ThreadModel *model, QWidget *parent = nullptr);

    int postCount() const { return int(m_editors.size()); }
    PostEditor *postEditor(int row) const { return m_editors.value(row); }
    // The post that has (or last had) the keyboard focus.
    int currentRow() const { return m_currentRow; }
    void focusPost(int row, int cursorPosition = -1);
    // Puts the cursor in `row` at `cursor` and scrolls to `scroll` (once laid out).
    void restorePlace(int row, int cursor, int scroll);
    // Spelling as you type in every post, now and in posts added later; not owned.
    void setSpelling(SpellChecker *checker, const QString &language);

Q_SIGNALS:
    // The cursor moved or the view scrolled (not while a place is being restored).
    void placeChanged(int row, int cursor, int scroll);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PostEditor *createEditor(int row);
    void rebuild();
    void renumber();
    void updateRow(int row);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onRowsMoved(const QModelIndex &parent, int start, int end, const QModelIndex &destination,
                     int row);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    int dropRow(int y) const;

    ThreadModel *m_model;
    QWidget *m_postsContainer;
    QVBoxLayout *m_postsLayout;
    QList<PostEditor *> m_editors;
    void emitPlace();

    QPointer<SpellChecker> m_checker;
    QString m_language;
    int m_currentRow = 0;
    bool m_restoring = false;
};

} // namespace CreatorDesk
