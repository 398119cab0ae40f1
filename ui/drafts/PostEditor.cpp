// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/PostEditor.h"

#include "common/CounterRing.h"
#include "drafts/MediaStrip.h"
#include "drafts/PostDragHandle.h"
#include "drafts/SpellHighlighter.h"
#include "drafts/SpellingMenu.h"
#include "text/SpellChecker.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace CreatorDesk {

namespace {
constexpr int MinLines = 3;
constexpr int MaxLines = 14;
} // namespace

PostEditor::PostEditor(QWidget *parent)
    : QFrame(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_header(new QLabel(this))
    , m_handle(new PostDragHandle(this))
    , m_counterRow(new QWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("postEditor"));
    m_edit->setObjectName(QStringLiteral("postText"));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setPlaceholderText(tr("What do you want to say?"));
    m_edit->installEventFilter(this);
    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_edit, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu *menu = createContextMenu(position);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_edit->viewport()->mapToGlobal(position));
    });
    // Undo belongs to the whole thread (ThreadHistory), so a split or a move is undone like
    // typing; the editor's own per-post history would go out of step with it.
    m_edit->setUndoRedoEnabled(false);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_handle);
    top->addWidget(m_header, 1);

    auto *counters = new QHBoxLayout(m_counterRow);
    counters->setContentsMargins(0, 0, 0, 0);
    counters->setSpacing(6);
    counters->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_edit);
    m_media = new MediaStrip(this);
    layout->addWidget(m_media);
    for (QWidget *target :
         {static_cast<QWidget *>(this), static_cast<QWidget *>(m_edit), m_edit->viewport()})
        m_media->watchDropTarget(target);
    layout->addWidget(m_counterRow);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            Q_EMIT textEdited(text());
    });
    connect(m_edit->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged,
            this, &PostEditor::updateHeight);
    updateHeight();
}

void PostEditor::setSpelling(SpellChecker *checker, const QString &language)
{
    m_checker = checker;
    if (!m_spelling) {
        if (!checker || language.isEmpty())
            return;
        m_spelling = new SpellHighlighter(m_edit->document());
    }
    m_spelling->setSpelling(checker, language);
}

QMenu *PostEditor::createContextMenu(const QPoint &position)
{
    QMenu *menu = m_edit->createStandardContextMenu(position);
    if (m_spelling)
        SpellingMenu::addTo(menu, m_edit, position, m_checker, m_spelling->language());
    return menu;
}

void PostEditor::setRow(int row, int count)
{
    m_row = row;
    m_handle->setRow(row);
    m_header->setText(tr("Post %1 of %2").arg(row + 1).arg(count));
    m_edit->setAccessibleName(tr("Text of post %1 of %2").arg(row + 1).arg(count));
    setAccessibleName(tr("Post %1").arg(row + 1));
}

QString PostEditor::text() const
{
    // Not toPlainText(): that turns no-break spaces into spaces, which counts and sends a
    // different text from the one typed. Only the paragraph and line separators become "\n".
    QString text = m_edit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text;
}

void PostEditor::setText(const QString &text)
{
    if (text == this->text())
        return;
    m_updating = true;
    m_edit->setPlainText(text);
    m_updating = false;
}

QColor PostEditor::overLimitBackground()
{
    return QColor(0xfa, 0xd2, 0xcf);
}

void PostEditor::ensureCounters(const QList<PlatformCount> &counts)
{
    QList<Platform> platforms;
    for (const PlatformCount &count : counts)
        platforms.append(count.platform);
    if (platforms == m_platforms)
        return;
    m_platforms = platforms;
    qDeleteAll(m_counterBoxes);
    m_counterBoxes.clear();
    m_counterLabels.clear();
    m_rings.clear();
    auto *layout = static_cast<QHBoxLayout *>(m_counterRow->layout());
    for (Platform platform : platforms) {
        auto *box = new QWidget(m_counterRow);
        auto *name = new QLabel(platformDisplayName(platform), box);
        name->setForegroundRole(QPalette::PlaceholderText);
        auto *ring = new CounterRing(box);
        auto *label = new QLabel(box);
        label->setObjectName(QStringLiteral("counter_") + platformId(platform));
        auto *boxLayout = new QHBoxLayout(box);
        boxLayout->setContentsMargins(8, 0, 0, 0);
        boxLayout->setSpacing(4);
        boxLayout->addWidget(name);
        boxLayout->addWidget(ring);
        boxLayout->addWidget(label);
        layout->addWidget(box);
        m_counterBoxes.append(box);
        m_rings.append(ring);
        m_counterLabels.append(label);
    }
}

void PostEditor::setCounts(const QList<PlatformCount> &counts, qsizetype overStart,
                           qsizetype overLength)
{
    ensureCounters(counts);
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const PlatformCount &count = counts.at(i);
        CounterRing *ring = m_rings.at(i);
        QLabel *label = m_counterLabels.at(i);
        ring->setUsage(count.length, count.limit);
        label->setText(QStringLiteral("%1/%2").arg(count.length).arg(count.limit));
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, ring->level() == CounterRing::Level::Normal
                                                   ? this->palette().color(QPalette::WindowText)
                                                   : ring->color());
        label->setPalette(palette);
        const QString name = platformDisplayName(count.platform);
        const QString spoken =
            count.length > count.limit
                ? tr("%1: %2 of %3, %n over the limit", nullptr, count.length - count.limit)
                      .arg(name)
                      .arg(count.length)
                      .arg(count.limit)
                : tr("%1: %2 of %3").arg(name).arg(count.length).arg(count.limit);
        label->setAccessibleName(spoken);
        ring->setAccessibleName(spoken);
        const QString note = m_limitNotes.value(count.platform);
        label->setToolTip(note.isEmpty() ? spoken : spoken + QLatin1Char('\n') + note);
        ring->setToolTip(label->toolTip());
    }
    QList<QTextEdit::ExtraSelection> selections;
    const qsizetype end = m_edit->document()->characterCount() - 1; // without the final ¶
    if (overStart >= 0 && overLength > 0 && overStart < end) {
        QTextEdit::ExtraSelection over;
        over.cursor = QTextCursor(m_edit->document());
        over.cursor.setPosition(int(overStart));
        over.cursor.setPosition(int(qMin(overStart + overLength, end)), QTextCursor::KeepAnchor);
        over.format.setBackground(overLimitBackground());
        over.format.setForeground(QColor(0x8a, 0x10, 0x10));
        over.format.setToolTip(tr("Past the limit"));
        selections.append(over);
    }
    m_edit->setExtraSelections(selections);
}

QStringList PostEditor::counterTexts() const
{
    QStringList texts;
    for (const QLabel *label : m_counterLabels)
        texts.append(label->text());
    return texts;
}

void PostEditor::updateHeight()
{
    // QPlainTextEdit's layout measures its document in lines.
    const int lines = qBound(
        MinLines, int(m_edit->document()->documentLayout()->documentSize().height()), MaxLines);
    const QMargins margins = m_edit->contentsMargins();
    m_edit->setFixedHeight(lines * m_edit->fontMetrics().lineSpacing() +
                           int(2 * m_edit->document()->documentMargin()) + margins.top() +
                           margins.bottom() + 2);
}

bool PostEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride) {
        // The text edit claims Undo/Redo even with its history off; leave them to the
        // thread's actions.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    if (watched == m_edit && event->type() == QEvent::FocusIn)
        Q_EMIT focusEntered();
    if (watched == m_edit && event->type() == QEvent::Resize)
        updateHeight();
    return QFrame::eventFilter(watched, event);
}

} // namespace CreatorDesk
