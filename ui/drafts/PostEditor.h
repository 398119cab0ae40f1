// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/PlatformCount.h"

#include <QFrame>
#include <QHash>
#include <QPointer>

class QLabel;
class QMenu;
class QPlainTextEdit;

namespace CreatorDesk {

class CounterRing;
class MediaStrip;
class PostDragHandle;
class SpellChecker;
class SpellHighlighter;

// One post of a thread: its text editor, and under it a counter per targeted platform
// ("used/limit" and a ring). The characters past the strictest platform's limit are marked.
class PostEditor final : public QFrame
{
    Q_OBJECT

public:
    explicit PostEditor(QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_edit; }
    int row() const { return m_row; }
    void setRow(int row, int count);
    QString text() const;
    // Replaces the text unless it already is this text (the person's cursor stays).
    void setText(const QString &text);
    void setCounts(const QList<PlatformCount> &counts, qsizetype overStart, qsizetype overLength);
    // Where each platform's limit comes from, added to its counter's tooltip.
    void setLimitNotes(const QHash<Platform, QString> &notes) { m_limitNotes = notes; }
    // "used/limit" per platform, for tests and screen readers.
    QStringList counterTexts() const;
    QList<CounterRing *> rings() const { return m_rings; }
    // Spelling as you type in `language` (empty: none); `checker` is not owned.
    void setSpelling(SpellChecker *checker, const QString &language);
    SpellHighlighter *spellHighlighter() const { return m_spelling; }
    // The context menu at `position` (viewport coordinates), with the spelling entries for a
    // misspelt word there; the caller owns it.
    QMenu *createContextMenu(const QPoint &position);
    // The post's media, under its text; files dropped anywhere on the post land there.
    MediaStrip *mediaStrip() const { return m_media; }

    static QColor overLimitBackground();

Q_SIGNALS:
    void textEdited(const QString &text);
    void focusEntered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeight();
    void ensureCounters(const QList<PlatformCount> &counts);

    QPlainTextEdit *m_edit;
    QLabel *m_header;
    PostDragHandle *m_handle;
    QWidget *m_counterRow;
    QList<QWidget *> m_counterBoxes;
    QList<QLabel *> m_counterLabels;
    QList<CounterRing *> m_rings;
    QList<Platform> m_platforms;
    QHash<Platform, QString> m_limitNotes;
    SpellHighlighter *m_spelling = nullptr;
    QPointer<SpellChecker> m_checker;
    int m_row = 0;
    bool m_updating = false;
    MediaStrip *m_media = nullptr;
};

} // namespace CreatorDesk
