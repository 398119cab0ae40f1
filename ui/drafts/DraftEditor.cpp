// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/DraftEditor.h"

#include "common/Formatting.h"
#include "connections/AccountLimits.h"
#include "drafts/AccountsHint.h"
#include "drafts/DraftDocument.h"
#include "drafts/DraftEditorActions.h"
#include "drafts/LanguageBox.h"
#include "drafts/MediaStrip.h"
#include "drafts/PostEditor.h"
#include "drafts/PostStack.h"
#include "drafts/ThreadHistory.h"
#include "drafts/ThreadModel.h"
#include "media/ThreadMedia.h"
#include "publish/TargetAccountModel.h"
#include "schedule/PlannedTimeEdit.h"
#include "storage/DraftStore.h"
#include "text/SpellChecker.h"
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
#include <QVBoxLayout>

namespace CreatorDesk {

DraftEditor::DraftEditor(DraftDocument *document, TargetAccountModel *accounts, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(document->thread())
    , m_accounts(accounts)
    , m_title(new QLineEdit(this))
    , m_accountView(new QListView(this))
    , m_accountsHint(new AccountsHint(accounts, this))
    , m_numbering(new QCheckBox(tr("&Number posts (1/n)"), this))
    , m_languageBox(new LanguageBox(this))
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

    m_actions = new DraftEditorActions(this, document);
    connect(document->history(), &ThreadHistory::restored, this,
            [this](int row, int cursor) { m_posts->focusPost(row, cursor); });
    // Post actions on one row; the whole-thread ones below, so neither overflows.
    auto *toolBar = new QToolBar(tr("Post"), this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (Action which : {Undo, Redo})
        toolBar->addAction(m_actions->action(which));
    toolBar->addSeparator();
    for (Action which : {AddPost, DeletePost, MoveUp, MoveDown, SplitAtCursor, MergeWithNext})
        toolBar->addAction(m_actions->action(which));
    auto *threadBar = new QToolBar(tr("Thread"), this);
    threadBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    threadBar->addAction(m_actions->action(SplitIntoThread));
    threadBar->addWidget(m_numbering);
    auto *languageRow = new QWidget(threadBar);
    auto *languageLayout = new QHBoxLayout(languageRow);
    languageLayout->setContentsMargins(12, 0, 0, 0);
    auto *languageLabel = new QLabel(tr("&Language:"), languageRow);
    languageLabel->setBuddy(m_languageBox);
    languageLayout->addWidget(languageLabel);
    languageLayout->addWidget(m_languageBox);
    m_languageAction = threadBar->addWidget(languageRow);
    m_languageAction->setVisible(false);
    connect(m_languageBox, &LanguageBox::languageChosen, document, &DraftDocument::setLanguage);
    connect(document, &DraftDocument::languageChanged, this, &DraftEditor::applyLanguage);
    connect(document, &DraftDocument::opened, this, &DraftEditor::applyLanguage);
    auto *form = new QFormLayout;
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, m_title);
    auto *accountsLabel = new QLabel(tr("&Accounts:"), this);
    accountsLabel->setBuddy(m_accountView);
    auto *accountsBox = new QVBoxLayout;
    accountsBox->addWidget(m_accountView);
    accountsBox->addWidget(m_accountsHint);
    form->addRow(accountsLabel, accountsBox);
    connect(m_planned, &PlannedTimeEdit::plannedEdited, document, &DraftDocument::setScheduledFor);
    form->addRow(m_planned);

    m_serverButton->setObjectName(QStringLiteral("saveToServer"));
    connect(m_serverButton, &QPushButton::clicked, this, &DraftEditor::saveToServer);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_saveStatus, 1);
    bottom->addWidget(m_serverButton);
    auto *publishButton = new QPushButton(m_actions->action(Publish)->text(), this);
    publishButton->setObjectName(QStringLiteral("publish"));
    publishButton->setToolTip(m_actions->action(Publish)->toolTip());
    connect(publishButton, &QPushButton::clicked, m_actions->action(Publish), &QAction::trigger);
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
    auto *queueButton = new QPushButton(m_actions->action(AddToQueue)->text(), this);
    queueButton->setObjectName(QStringLiteral("addToQueue"));
    queueButton->setToolTip(m_actions->action(AddToQueue)->toolTip());
    connect(queueButton, &QPushButton::clicked, m_actions->action(AddToQueue), &QAction::trigger);
    bottom->addWidget(queueButton);

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
        connect(store, &DraftStore::changedElsewhere, this,
                [this](const QString &id, const QString &, const QString &message) {
                    if (id == m_document->id())
                        m_saveStatus->setText(message);
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
    m_serverButton->setToolTip(m_actions->action(SaveToServer)->toolTip());
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

QAction *DraftEditor::action(Action which) const
{
    return m_actions->action(which);
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

void DraftEditor::addToQueue()
{
    if (m_document && m_document->isOpen())
        Q_EMIT queueRequested(m_document->id());
}

void DraftEditor::setAccountLimits(AccountLimits *limits)
{
    if (m_limits)
        disconnect(m_limits, nullptr, this, nullptr);
    m_limits = limits;
    if (!limits)
        return;
    connect(limits, &AccountLimits::changed, this, &DraftEditor::applyAccountLimits);
    connect(m_document, &DraftDocument::accountsChanged, this, &DraftEditor::applyAccountLimits,
            Qt::UniqueConnection);
    connect(m_document, &DraftDocument::opened, this, &DraftEditor::applyAccountLimits,
            Qt::UniqueConnection);
    applyAccountLimits();
}

void DraftEditor::applyAccountLimits()
{
    if (!m_limits || !m_document)
        return;
    const QList<LocalDraft::Account> accounts = m_document->accounts();
    m_limits->readMissingInstances(accounts);
    QHash<Platform, QString> notes;
    for (Platform platform : allPlatforms())
        notes.insert(platform, m_limits->explain(platform, accounts));
    m_model->setSettings(m_limits->limitsFor(accounts), notes);
}

void DraftEditor::setSpellChecker(SpellChecker *checker)
{
    m_checker = checker;
    m_languageBox->setChecker(checker);
    m_languageAction->setVisible(checker != nullptr);
    applyLanguage();
}

void DraftEditor::applyLanguage()
{
    if (!m_checker || !m_document)
        return;
    m_languageBox->showLanguage(m_document->language());
    m_posts->setSpelling(m_checker, m_languageBox->currentLanguage());
}

} // namespace CreatorDesk
