// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/DraftsPane.h"

#include "common/AgeDelegate.h"
#include "common/Formatting.h"
#include "common/LoadState.h"
#include "connections/SocialSetSource.h"
#include "drafts/DraftDocument.h"
#include "drafts/DraftEditor.h"
#include "drafts/DraftListFilter.h"
#include "drafts/DraftListModel.h"
#include "drafts/ServerDraftListModel.h"
#include "publish/TargetAccountModel.h"
#include "storage/DraftStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace CreatorDesk {

DraftsPane::DraftsPane(DraftStore *store, SocialSetSource *socialSets, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_serverModel(new ServerDraftListModel(this))
    , m_listModel(new DraftListModel(m_store, m_serverModel, this))
    , m_filter(new DraftListFilter(this))
    , m_accounts(new TargetAccountModel(socialSets, this))
    , m_document(new DraftDocument(m_store, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new QWidget(m_splitter))
    , m_search(new QLineEdit(m_list))
    , m_socialSet(new QComboBox(m_list))
    , m_listView(new QTreeView(m_list))
    , m_problems(new QLabel(m_list))
    , m_serverStatus(new QLabel(m_list))
    , m_refreshButton(new QPushButton(tr("&Refresh"), m_list))
    , m_deleteButton(new QPushButton(tr("&Delete…"), m_list))
    , m_editor(new DraftEditor(m_document, m_accounts, m_splitter))
{
    createList();
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({440, 860});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_editor, &DraftEditor::serverDraftCreated, m_serverModel,
            &ServerDraftListModel::refresh);
    connect(m_document, &DraftDocument::opened, this, &DraftsPane::selectCurrentInList);
    connect(m_listModel, &QAbstractItemModel::rowsMoved, this, &DraftsPane::selectCurrentInList);
    connect(m_listModel, &QAbstractItemModel::rowsInserted, this, &DraftsPane::selectCurrentInList);
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &DraftsPane::selectCurrentInList);
    connect(m_serverModel->loadState(), &LoadState::changed, this, &DraftsPane::updateServerStatus);
    // Whatever is typed reaches the disk before the app goes.
    connect(qApp, &QCoreApplication::aboutToQuit, m_store, &DraftStore::flush);

    const QStringList problems = m_listModel->problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    updateServerStatus();
    restoreLastDraft();
}

void DraftsPane::createList()
{
    m_filter->setSourceModel(m_listModel);
    m_search->setObjectName(QStringLiteral("draftSearch"));
    m_search->setPlaceholderText(tr("Search drafts"));
    m_search->setAccessibleName(tr("Search drafts by title or text"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    m_socialSet->setObjectName(QStringLiteral("draftSocialSet"));
    m_socialSet->setAccessibleName(tr("Social set of the listed drafts"));
    m_socialSet->setToolTip(tr("List the drafts of one social set; drafts only on this computer "
                               "with no account chosen yet are always listed"));
    m_socialSet->addItem(tr("All social sets"), QString());
    m_socialSet->setEnabled(false);
    connect(m_socialSet, &QComboBox::currentIndexChanged, this, &DraftsPane::showSocialSet);
    connect(m_accounts, &QAbstractItemModel::modelReset, this, &DraftsPane::updateSocialSets);

    m_listView->setObjectName(QStringLiteral("draftList"));
    m_listView->setAccessibleName(tr("Drafts"));
    m_listView->setModel(m_filter);
    m_listView->setRootIsDecorated(false);
    m_listView->setUniformRowHeights(true); // 10,000 drafts paint as fast as ten
    m_listView->setAlternatingRowColors(true);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    // A draft can be dragged onto the calendar.
    m_listView->setDragEnabled(true);
    m_listView->setDragDropMode(QAbstractItemView::DragOnly);
    m_listView->setItemDelegateForColumn(DraftListModel::ChangedColumn,
                                         new AgeDelegate(m_listView));
    QHeaderView *header = m_listView->header();
    header->setStretchLastSection(false);
    // Fitted to the rows on screen, not to the first thousand (QHeaderView's default).
    header->setResizeContentsPrecision(0);
    header->setSectionResizeMode(DraftListModel::TitleColumn, QHeaderView::Stretch);
    for (int column :
         {DraftListModel::StatusColumn, DraftListModel::PostsColumn, DraftListModel::ChangedColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto open = [this](const QModelIndex &index) {
        openRow(m_filter->mapToSource(index).row());
    };
    connect(m_listView, &QTreeView::activated, this, open);
    connect(m_listView, &QTreeView::clicked, this, open);

    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    m_serverStatus->setObjectName(QStringLiteral("serverDraftStatus"));
    m_serverStatus->setWordWrap(true);
    m_refreshButton->setToolTip(tr("Load the server's drafts again"));
    connect(m_refreshButton, &QPushButton::clicked, this, &DraftsPane::refresh);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverStatus, 1);
    serverRow->addWidget(m_refreshButton);

    auto *newButton = new QPushButton(tr("New draft"), m_list);
    newButton->setShortcut(QKeySequence::New);
    newButton->setToolTip(
        tr("Start a new draft (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    auto *duplicateButton = new QPushButton(tr("D&uplicate"), m_list);
    connect(newButton, &QPushButton::clicked, this, &DraftsPane::newDraft);
    connect(duplicateButton, &QPushButton::clicked, this, &DraftsPane::duplicateCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteCurrent(); });
    m_deleteButton->setToolTip(tr("Delete the open draft from this computer"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(duplicateButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);

    auto *title = new QLabel(tr("Drafts"), m_list);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setBuddy(m_listView);
    auto *layout = new QVBoxLayout(m_list);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_socialSet);
    layout->addWidget(m_problems);
    layout->addWidget(m_listView, 1);
    layout->addLayout(serverRow);
    layout->addLayout(buttons);
}

DraftsPane::~DraftsPane()
{
    m_store->flush();
}

void DraftsPane::restoreLastDraft()
{
    const QString last = m_store->lastOpenId();
    if (!last.isEmpty() && m_listModel->rowOf(last) >= 0) {
        openDraft(last);
        return;
    }
    openFirstLocalDraft();
}

void DraftsPane::openFirstLocalDraft()
{
    for (int row = 0; row < m_listModel->rowCount(); ++row) {
        if (m_listModel->isLocal(row)) {
            openDraft(m_listModel->draftAt(row).id);
            return;
        }
    }
    newDraft();
}

void DraftsPane::openDraft(const QString &id)
{
    if (id.isEmpty() || id == m_document->id())
        return;
    m_store->flush();
    const int row = m_listModel->rowOf(id);
    std::optional<LocalDraft> draft = m_store->load(id);
    if (!draft && row >= 0)
        draft = m_listModel->draftAt(row);
    if (!draft)
        return;
    m_document->open(*draft);
}

void DraftsPane::openRow(int row)
{
    if (row < 0 || row >= m_listModel->rowCount())
        return;
    if (m_listModel->isLocal(row)) {
        openDraft(m_listModel->draftAt(row).id);
        return;
    }
    // A server draft is written here before it is shown: from now on this computer's copy is
    // what the person edits, linked to the server draft it came from.
    LocalDraft imported = m_listModel->draftAt(row);
    imported.id = DraftStore::newId();
    if (!imported.created.isValid())
        imported.created = QDateTime::currentDateTimeUtc();
    if (!imported.modified.isValid())
        imported.modified = imported.created;
    if (imported.posts.isEmpty())
        imported.posts.append(LocalDraft::Post{});
    m_store->flush();
    QString error;
    if (!m_store->save(imported, &error)) {
        QMessageBox::warning(this, tr("Open server draft"), error);
        return;
    }
    m_document->open(imported);
}

void DraftsPane::newDraft()
{
    m_store->flush();
    m_document->openNew();
    m_editor->focusPost(0);
}

void DraftsPane::duplicateCurrent()
{
    if (!m_document->isOpen())
        return;
    m_store->flush();
    LocalDraft copy = m_document->snapshot();
    copy.id = DraftStore::newId();
    copy.title = copy.title.trimmed().isEmpty() ? tr("Untitled draft (copy)")
                                                : tr("%1 (copy)").arg(copy.title);
    copy.serverCopies.clear();
    copy.created = copy.modified = QDateTime::currentDateTimeUtc();
    m_store->save(copy);
    m_document->open(copy);
}

void DraftsPane::deleteCurrent(bool confirmed)
{
    const QString id = m_document->id();
    if (id.isEmpty())
        return;
    if (!confirmed) {
        const QString title =
            m_document->title().trimmed().isEmpty() ? tr("Untitled draft") : m_document->title();
        // Asked without a nested event loop; the answer comes back here.
        auto *box = new QMessageBox(QMessageBox::Question, tr("Delete draft"),
                                    tr("Delete \"%1\" from this computer? This cannot be "
                                       "undone. Copies already saved to the server stay there.")
                                        .arg(title),
                                    QMessageBox::Cancel, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
        box->setDefaultButton(QMessageBox::Cancel);
        connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
            if (box->clickedButton() == remove && m_document->id() == id)
                deleteCurrent(true);
        });
        box->open();
        return;
    }
    const LocalDraft kept = m_document->snapshot();
    m_document->close();
    QString error;
    if (!m_store->remove(id, &error)) {
        m_document->open(kept); // nothing is lost: the draft stays open as it was
        QMessageBox::warning(this, tr("Delete draft"), error);
        return;
    }
    openFirstLocalDraft();
}

void DraftsPane::selectCurrentInList()
{
    const int row = m_listModel->rowOf(m_document->id());
    if (row >= 0)
        m_listView->setCurrentIndex(m_filter->mapFromSource(m_listModel->index(row, 0)));
}

void DraftsPane::updateServerStatus()
{
    const LoadState *state = m_serverModel->loadState();
    m_refreshButton->setEnabled(m_connected && !state->isLoading());
    if (!m_connected)
        m_serverStatus->setText(!m_disconnectedText.isEmpty()
                                    ? m_disconnectedText
                                    : tr("Server drafts are listed here when you are connected "
                                         "to xAIcreator (no connection now)."));
    else if (state->isLoading())
        m_serverStatus->setText(tr("Loading the server's drafts…"));
    else if (!state->errorText().isEmpty())
        m_serverStatus->setText(
            tr("The server's drafts could not be loaded: %1").arg(state->errorText()));
    else if (state->hasLoaded() && m_serverModel->rowCount() == 0)
        m_serverStatus->setText(tr("No drafts on the server yet: \"Save to server\" in the "
                                   "editor puts the open draft there."));
    else if (state->hasLoaded())
        m_serverStatus->setText(
            tr("Server drafts as of %1.").arg(Formatting::localTime(state->loadedAt())));
    else
        m_serverStatus->clear();
}

void DraftsPane::updateSocialSets()
{
    // Refilled each time the accounts are (they come with the sets); the choice stays.
    const QList<SocialSet> &sets = m_accounts->source()->sets();
    const QString chosen = m_socialSet->currentData().toString();
    {
        const QSignalBlocker blocker(m_socialSet);
        while (m_socialSet->count() > 1)
            m_socialSet->removeItem(1);
        for (const SocialSet &set : sets)
            m_socialSet->addItem(set.name.isEmpty() ? set.id : set.name, set.id);
        m_socialSet->setCurrentIndex(std::max(0, m_socialSet->findData(chosen)));
    }
    m_socialSet->setEnabled(m_connected && !sets.isEmpty());
    if (m_socialSet->currentData().toString() != chosen)
        showSocialSet();
}

void DraftsPane::showSocialSet()
{
    const QString id = m_socialSet->currentData().toString();
    m_filter->setSocialSetId(id);
    m_serverModel->setSocialSetId(id);
}

void DraftsPane::setDisconnectedText(const QString &text)
{
    m_disconnectedText = text;
    updateServerStatus();
}

QString DraftsPane::serverStatusText() const
{
    return m_serverStatus->text();
}

void DraftsPane::setClient(ApiClient *client)
{
    m_connected = client != nullptr;
    if (client != m_serverModel->client()) {
        // Social sets belong to the connection's account: another one lists all of its own.
        const QSignalBlocker blocker(m_socialSet);
        m_socialSet->setCurrentIndex(0);
        m_filter->setSocialSetId({});
    }
    m_serverModel->setClient(client);
    m_editor->setClient(client);
    updateServerStatus();
    updateSocialSets();
}

void DraftsPane::refresh()
{
    m_serverModel->refresh();
    m_accounts->source()->refresh();
}

} // namespace CreatorDesk
