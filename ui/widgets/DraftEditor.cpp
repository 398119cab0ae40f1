// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftEditor.h"

#include "DraftDocument.h"
#include "Formatting.h"
#include "MediaStrip.h"
#include "PlannedTimeEdit.h"
#include "PostEditor.h"
#include "PostStack.h"
#include "TargetAccountModel.h"
#include "ThreadHistory.h"
#include "ThreadModel.h"
#include "media/ThreadMedia.h"
#include "storage/DraftStore.h"
#include "text/ThreadSplitter.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CreatorDesk {

DraftEditor::DraftEditor(DraftDocument *document, TargetAccountModel *accounts, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(document->thread())
    , m_accounts(accounts)
    , m_title(new QLineEdit(this))
    , m_accountView(new QListView(this))
    , m_numbering(new QCheckBox(tr("&Number posts (1/n)"), this))
    , m_planned(new PlannedTimeEdit(this))
    , m_serverButton(new QPushButton(this))
    , m_saveStatus(new QLabel(this))
    , m_serverStatus(new QLabel(this))
    , m_posts(new PostStack(document->thread(), this))
{
    setObjectName(QStringLiteral("draftEditor"));
    m_title->setObjectName(QStringLiteral("draftTitle"));
    m_title->setPlaceholderText(tr("Untitled draft"));
    m_title->setAccessibleName(tr("Draft title"));
    m_accountView->setObjectName(QStringLiteral("targetAccounts"));
    m_accountView->setModel(accounts);
    m_accountView->setAccessibleName(tr("Publish to these accounts"));
    m_accountView->setMaximumHeight(m_accountView->fontMetrics().height() * 6 + 12);
    m_numbering->setToolTip(tr("\"Split into thread\" ends every post with its number, e.g. "
                               "\" 2/7\"; the number counts in the post's length."));
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_saveStatus->setWordWrap(true);
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    m_serverStatus->setWordWrap(true);
    m_serverStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    createActions();
    // Post actions on one row; the whole-thread ones below, so neither overflows.
    auto *toolBar = new QToolBar(tr("Post"), this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (Action which : {Undo, Redo})
        toolBar->addAction(m_actions[which]);
    toolBar->addSeparator();
    for (Action which : {AddPost, DeletePost, MoveUp, MoveDown, SplitAtCursor, MergeWithNext})
        toolBar->addAction(m_actions[which]);
    auto *threadBar = new QToolBar(tr("Thread"), this);
    threadBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    threadBar->addAction(m_actions[SplitIntoThread]);
    threadBar->addWidget(m_numbering);
    auto *form = new QFormLayout;
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, m_title);
    auto *accountsLabel = new QLabel(tr("&Accounts:"), this);
    accountsLabel->setBuddy(m_accountView);
    form->addRow(accountsLabel, m_accountView);
    connect(m_planned, &PlannedTimeEdit::plannedEdited, document, &DraftDocument::setScheduledFor);
    form->addRow(m_planned);

    m_serverButton->setObjectName(QStringLiteral("saveToServer"));
    connect(m_serverButton, &QPushButton::clicked, this, &DraftEditor::saveToServer);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_saveStatus, 1);
    bottom->addWidget(m_serverButton);
    auto *publishButton = new QPushButton(m_actions[Publish]->text(), this);
    publishButton->setObjectName(QStringLiteral("publish"));
    publishButton->setToolTip(m_actions[Publish]->toolTip());
    connect(publishButton, &QPushButton::clicked, m_actions[Publish], &QAction::trigger);
    bottom->addWidget(publishButton);
    // Scheduling happens in the schedule pane's dialog (time, accounts, jitter).
    auto *scheduleButton = new QPushButton(tr("Schedule…"), this);
    scheduleButton->setObjectName(QStringLiteral("scheduleDraft"));
    scheduleButton->setToolTip(tr("Put this draft on the schedule calendar"));
    connect(scheduleButton, &QPushButton::clicked, this, [this] {
        if (m_document && m_document->isOpen())
            Q_EMIT scheduleRequested(m_document->id());
    });
    bottom->addWidget(scheduleButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(toolBar);
    layout->addWidget(threadBar);
    layout->addWidget(m_posts, 1);
    layout->addWidget(m_serverStatus);
    layout->addLayout(bottom);

    connect(m_title, &QLineEdit::textEdited, document, &DraftDocument::setTitle);
    connect(accounts, &TargetAccountModel::selectionEdited, this,
            [this] { m_document->setAccounts(m_accounts->selected()); });
    connect(document, &DraftDocument::opened, this, [this] {
        m_title->setText(m_document->title());
        m_accounts->setSelected(m_document->accounts());
        m_saveStatus->clear();
        updateServerStatus();
        m_planned->setPlanned(m_document->scheduledFor());
        const LocalDraft::Place place = m_document->place();
        m_posts->restorePlace(place.post, place.cursor, place.scroll);
    });
    connect(m_posts, &PostStack::placeChanged, this, [this](int row, int cursor, int scroll) {
        m_document->setPlace({row, cursor, scroll});
    });
    connect(document, &DraftDocument::serverSaveStarted, this, [this] {
        m_serverButton->setEnabled(false);
        m_serverStatus->setText(tr("Saving to the server…"));
    });
    connect(document, &DraftDocument::serverSaved, this, [this] {
        updateServerStatus();
        Q_EMIT serverDraftCreated();
    });
    connect(document, &DraftDocument::serverSaveFailed, this, [this](const QString &message) {
        updateServerStatus();
        m_serverStatus->setText(tr("Not saved to the server: %1").arg(message));
    });
    if (DraftStore *store = document->store()) {
        connect(store, &DraftStore::draftSaved, this, [this](const QString &id) {
            if (id == m_document->id())
                showSaveState(true, {});
        });
        connect(store, &DraftStore::saveFailed, this,
                [this](const QString &id, const QString &message) {
                    if (id == m_document->id())
                        showSaveState(false, message);
                });
    }

    m_title->setText(document->title());
    updateServerStatus();
    m_planned->setPlanned(document->scheduledFor());

    // Created after the PostStack, so its editors exist when the media are attached to them.
    m_media = new ThreadMedia(m_model, this);
    connect(m_media, &ThreadMedia::postsChanged, this, &DraftEditor::attachMedia);
    connect(document, &DraftDocument::accountsChanged, this, [this] {
        for (int row = 0; row < postCount(); ++row)
            postEditor(row)->mediaStrip()->showRefusals(m_media->problems(row));
    });
    attachMedia();
}

void DraftEditor::attachMedia()
{
    for (int row = 0; row < postCount(); ++row) {
        PostEditor *editor = postEditor(row);
        MediaStrip *strip = editor->mediaStrip();
        strip->setAttachments(m_media->attachments(row), m_media->queue(row));
        if (strip->property("mediaConnected").toBool())
            continue;
        strip->setProperty("mediaConnected", true);
        connect(strip, &MediaStrip::filesOffered, this, [this, editor](const QStringList &paths) {
            editor->mediaStrip()->showRefusals(m_media->addFiles(editor->row(), paths));
        });
    }
}

void DraftEditor::createActions()
{
    struct Spec
    {
        Action which;
        QString text;
        QString help;
        QKeySequence shortcut;
        void (DraftEditor::*slot)();
    };
    const Spec specs[] = {
        {AddPost, tr("Add post"), tr("Add a post after this one"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &DraftEditor::addPost},
        {DeletePost, tr("Delete post"), tr("Delete this post"),
         QKeySequence(Qt::ALT | Qt::Key_Delete), &DraftEditor::deleteCurrentPost},
        {MoveUp, tr("Move up"), tr("Move this post up"), QKeySequence(Qt::ALT | Qt::Key_Up),
         nullptr},
        {MoveDown, tr("Move down"), tr("Move this post down"), QKeySequence(Qt::ALT | Qt::Key_Down),
         nullptr},
        {SplitAtCursor, tr("Split here"), tr("Split this post at the cursor"),
         QKeySequence(Qt::ALT | Qt::Key_Return), &DraftEditor::splitAtCursor},
        {MergeWithNext, tr("Merge with next"), tr("Join the next post to the end of this one"),
         QKeySequence(Qt::ALT | Qt::Key_J), &DraftEditor::mergeWithNext},
        {SplitIntoThread, tr("Split into thread"),
         tr("Cut this post into posts that fit every chosen platform"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), &DraftEditor::splitIntoThread},
        {SaveNow, tr("Save now"), tr("Write the draft to this computer now"), QKeySequence::Save,
         &DraftEditor::saveNow},
        {SaveToServer, tr("Save to server"), tr("Create a server draft from this thread"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &DraftEditor::saveToServer},
        {Undo, tr("Undo"), tr("Undo the last change to the posts"), QKeySequence::Undo,
         &DraftEditor::undo},
        {Redo, tr("Redo"), tr("Redo the change undone last"), QKeySequence::Redo,
         &DraftEditor::redo},
        {Publish, tr("Publish…"), tr("Choose accounts and publish this thread now"),
         QKeySequence(Qt::CTRL | Qt::Key_Return), &DraftEditor::publishRequested},
    };
    for (const Spec &spec : specs) {
        // No mnemonics: each action has its own shortcut, and the labels of the form use theirs.
        auto *action = new QAction(spec.text, this);
        action->setShortcut(spec.shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const QString keys = spec.shortcut.toString(QKeySequence::NativeText);
        action->setToolTip(tr("%1 (%2)").arg(spec.help, keys));
        action->setStatusTip(spec.help);
        if (spec.slot)
            connect(action, &QAction::triggered, this, spec.slot);
        addAction(action);
        m_actions[spec.which] = action;
    }
    // Every binding of the platform (Redo is both Ctrl+Y and Ctrl+Shift+Z on some).
    m_actions[Undo]->setShortcuts(QKeySequence::Undo);
    m_actions[Redo]->setShortcuts(QKeySequence::Redo);
    QUndoStack *stack = m_document->history()->stack();
    connect(stack, &QUndoStack::indexChanged, this, &DraftEditor::updateUndoActions);
    connect(stack, &QUndoStack::cleanChanged, this, &DraftEditor::updateUndoActions);
    connect(m_document->history(), &ThreadHistory::restored, this,
            [this](int row, int cursor) { m_posts->focusPost(row, cursor); });
    updateUndoActions();
    connect(m_actions[MoveUp], &QAction::triggered, this, [this] { moveCurrentPost(-1); });
    connect(m_actions[MoveDown], &QAction::triggered, this, [this] { moveCurrentPost(+1); });
}

void DraftEditor::addPost()
{
    int row = -1;
    m_document->history()->perform(tr("Add post"),
                                   [&] { row = m_model->insertPost(m_posts->currentRow() + 1); });
    m_posts->focusPost(row, 0);
}

void DraftEditor::deleteCurrentPost()
{
    const int row = m_posts->currentRow();
    m_document->history()->perform(tr("Delete post %1").arg(row + 1),
                                   [&] { m_model->removePost(row); });
    m_posts->focusPost(qMax(0, qMin(row, m_model->rowCount() - 1) - (row > 0 ? 1 : 0)));
}

void DraftEditor::moveCurrentPost(int delta)
{
    const int row = m_posts->currentRow();
    const int cursor = m_posts->postEditor(row)->textEdit()->textCursor().position();
    bool moved = false;
    m_document->history()->perform(tr("Move post %1").arg(row + 1),
                                   [&] { moved = m_model->movePost(row, delta); });
    if (moved)
        m_posts->focusPost(row + delta, cursor);
}

void DraftEditor::splitAtCursor()
{
    const int row = m_posts->currentRow();
    const int position = m_posts->postEditor(row)->textEdit()->textCursor().position();
    m_document->history()->perform(tr("Split post %1").arg(row + 1),
                                   [&] { m_model->splitPost(row, position); });
    m_posts->focusPost(row + 1, 0);
}

void DraftEditor::mergeWithNext()
{
    const int row = m_posts->currentRow();
    const int join = int(m_model->text(row).size());
    bool merged = false;
    m_document->history()->perform(tr("Merge posts %1 and %2").arg(row + 1).arg(row + 2),
                                   [&] { merged = m_model->mergeWithNext(row); });
    if (merged)
        m_posts->focusPost(row, join);
}

void DraftEditor::undo()
{
    m_document->history()->undo();
}

void DraftEditor::redo()
{
    m_document->history()->redo();
}

void DraftEditor::updateUndoActions()
{
    if (!m_document) // the stack empties itself while the document is being destroyed
        return;
    const QUndoStack *stack = m_document->history()->stack();
    m_actions[Undo]->setEnabled(stack->canUndo());
    m_actions[Redo]->setEnabled(stack->canRedo());
    m_actions[Undo]->setStatusTip(stack->canUndo() ? tr("Undo: %1").arg(stack->undoText())
                                                   : tr("Nothing to undo"));
    m_actions[Redo]->setStatusTip(stack->canRedo() ? tr("Redo: %1").arg(stack->redoText())
                                                   : tr("Nothing to redo"));
}

void DraftEditor::splitIntoThread()
{
    const int row = m_posts->currentRow();
    ThreadSplitter::Options options;
    options.platforms = m_model->platforms();
    options.numbering = m_numbering->isChecked();
    options.settings = m_model->settings();
    const QStringList parts = ThreadSplitter::split(m_model->text(row), options);
    if (parts.size() <= 1) {
        m_saveStatus->setText(tr("Post %1 already fits every chosen platform.").arg(row + 1));
        return;
    }
    m_document->history()->perform(tr("Split into thread"),
                                   [&] { m_model->replacePost(row, parts); });
    m_saveStatus->setText(
        tr("Post %1 was split into %n posts.", nullptr, int(parts.size())).arg(row + 1));
    m_posts->focusPost(row);
}

void DraftEditor::saveNow()
{
    if (DraftStore *store = m_document->store()) {
        store->scheduleSave(m_document->snapshot());
        store->flush();
    }
}

void DraftEditor::saveToServer()
{
    m_document->saveToServer(m_client);
}

void DraftEditor::setClient(ApiClient *client)
{
    m_client = client;
    m_accounts->setClient(client);
    m_media->setClient(client);
    updateServerStatus();
}

void DraftEditor::showSaveState(bool ok, const QString &message)
{
    QPalette palette = m_saveStatus->palette();
    palette.setColor(QPalette::WindowText, ok ? this->palette().color(QPalette::PlaceholderText)
                                              : QColor(0xb0, 0x1e, 0x1e));
    m_saveStatus->setPalette(palette);
    m_saveStatus->setText(ok ? tr("Saved on this computer at %1.")
                                   .arg(Formatting::localTime(QDateTime::currentDateTimeUtc()))
                             : tr("Not saved on this computer — %1").arg(message));
}

void DraftEditor::updateServerStatus()
{
    const QList<LocalDraft::ServerCopy> copies = m_document->serverCopies();
    m_serverButton->setEnabled(m_client != nullptr && !m_document->isSavingToServer());
    m_serverButton->setText(copies.isEmpty() ? tr("Save to server")
                                             : tr("Save as new server draft"));
    m_serverButton->setToolTip(m_actions[SaveToServer]->toolTip());
    if (copies.isEmpty()) {
        m_serverStatus->setText(m_client ? tr("Only on this computer.")
                                         : tr("Only on this computer. Connect to xAIcreator to "
                                              "save it to the server."));
        return;
    }
    const LocalDraft::ServerCopy &last = copies.constLast();
    m_serverStatus->setText(
        tr("On the server as draft %1, saved %2. The server cannot update a draft: saving again "
           "creates another server draft (%n so far).",
           nullptr, int(copies.size()))
            .arg(last.id, Formatting::localDateTime(last.savedAt)));
}

int DraftEditor::postCount() const
{
    return m_posts->postCount();
}

PostEditor *DraftEditor::postEditor(int row) const
{
    return m_posts->postEditor(row);
}

int DraftEditor::currentRow() const
{
    return m_posts->currentRow();
}

void DraftEditor::focusPost(int row, int cursorPosition)
{
    m_posts->focusPost(row, cursorPosition);
}

QString DraftEditor::saveStatusText() const
{
    return m_saveStatus->text();
}

QString DraftEditor::serverStatusText() const
{
    return m_serverStatus->text();
}

} // namespace CreatorDesk
