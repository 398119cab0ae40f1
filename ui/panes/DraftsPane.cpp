// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftsPane.h"

#include "DraftDocument.h"
#include "DraftListModel.h"
#include "Formatting.h"
#include "LocalDraftListModel.h"
#include "TargetAccountModel.h"
#include "storage/DraftStore.h"
#include "widgets/DraftEditor.h"
#include "widgets/RemoteListPanel.h"
#include "widgets/TwoLineDelegate.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace CreatorDesk {

DraftsPane::DraftsPane(QWidget *parent, DraftStore *store)
    : QWidget(parent)
    , m_store(store ? store : new DraftStore({}, this))
    , m_model(new DraftListModel(this))
    , m_localModel(new LocalDraftListModel(m_store, this))
    , m_localFilter(new QSortFilterProxyModel(this))
    , m_accounts(new TargetAccountModel(this))
    , m_document(new DraftDocument(m_store, this))
    , m_search(new QLineEdit(this))
    , m_localView(new QListView(this))
    , m_problems(new QLabel(this))
    , m_deleteButton(new QPushButton(tr("&Delete…"), this))
    , m_editor(new DraftEditor(m_document, m_accounts, this))
{
    // The server's drafts, as before: read-only here.
    auto *view = new QListView(this); // moves into the panel below
    view->setModel(m_model);
    view->setUniformItemSizes(true);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setItemDelegate(new TwoLineDelegate(
        [](const QModelIndex &index) {
            const int posts = index.data(DraftListModel::PostCountRole).toInt();
            const QString status =
                Formatting::draftStatus(index.data(DraftListModel::StatusRole).toString());
            const QDateTime updated = index.data(DraftListModel::UpdatedRole).toDateTime();
            return tr("%1 · %n post(s) · %2", nullptr, posts)
                .arg(status, Formatting::age(updated, QDateTime::currentDateTimeUtc()));
        },
        [](const QModelIndex &index) {
            return index.data(DraftListModel::FirstPostTextRole).toString();
        },
        view));
    m_panel = new RemoteListPanel(tr("Drafts on the server"), view, m_model->loadState(), this);
    m_panel->setEmptyText(tr("This account has no drafts on the server yet."));
    connect(m_panel, &RemoteListPanel::refreshRequested, m_model, &DraftListModel::refresh);

    // The drafts on this computer.
    m_localView->setObjectName(QStringLiteral("localDrafts"));
    m_localView->setAccessibleName(tr("Drafts on this computer"));
    m_localFilter->setSourceModel(m_localModel);
    m_localFilter->setFilterRole(LocalDraftListModel::SearchTextRole);
    m_localFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setObjectName(QStringLiteral("draftSearch"));
    m_search->setPlaceholderText(tr("Search drafts on this computer"));
    m_search->setAccessibleName(tr("Search drafts on this computer"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_localFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    m_localView->setModel(m_localFilter);
    m_localView->setAlternatingRowColors(true);
    m_localView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_localView->setItemDelegate(new TwoLineDelegate(
        [](const QModelIndex &index) {
            const int posts = index.data(LocalDraftListModel::PostCountRole).toInt();
            const QDateTime modified = index.data(LocalDraftListModel::ModifiedRole).toDateTime();
            const int copies = index.data(LocalDraftListModel::ServerCopyCountRole).toInt();
            const QString age = Formatting::age(modified, QDateTime::currentDateTimeUtc());
            return copies > 0 ? tr("%n post(s) · %1 · on server", nullptr, posts).arg(age)
                              : tr("%n post(s) · %1", nullptr, posts).arg(age);
        },
        [](const QModelIndex &index) {
            return index.data(LocalDraftListModel::FirstWordsRole).toString();
        },
        m_localView));
    connect(m_localView, &QListView::activated, this, [this](const QModelIndex &index) {
        openDraft(index.data(LocalDraftListModel::IdRole).toString());
    });
    connect(m_localView, &QListView::clicked, this, [this](const QModelIndex &index) {
        openDraft(index.data(LocalDraftListModel::IdRole).toString());
    });
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    auto *newButton = new QPushButton(tr("New draft"), this);
    newButton->setShortcut(QKeySequence::New);
    newButton->setToolTip(
        tr("Start a new draft (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    auto *duplicateButton = new QPushButton(tr("D&uplicate"), this);
    connect(newButton, &QPushButton::clicked, this, &DraftsPane::newDraft);
    connect(duplicateButton, &QPushButton::clicked, this, &DraftsPane::duplicateCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteCurrent(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(duplicateButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    auto *local = new QWidget(this);
    auto *localLayout = new QVBoxLayout(local);
    localLayout->setContentsMargins(0, 0, 0, 0);
    auto *localTitle = new QLabel(tr("Drafts on this computer"), local);
    QFont titleFont = localTitle->font();
    titleFont.setBold(true);
    localTitle->setFont(titleFont);
    localTitle->setToolTip(tr("Your drafts, saved on this computer as you type"));
    localTitle->setBuddy(m_localView);
    localLayout->addWidget(localTitle);
    localLayout->addWidget(m_search);
    localLayout->addWidget(m_problems);
    localLayout->addWidget(m_localView, 1);
    localLayout->addLayout(buttons);

    // Two sections, one above the other, each saying where its drafts live.
    auto *sections = new QSplitter(Qt::Vertical, this);
    sections->setObjectName(QStringLiteral("draftSections"));
    sections->setChildrenCollapsible(false);
    sections->addWidget(local);
    sections->addWidget(m_panel);
    sections->setStretchFactor(0, 3);
    sections->setStretchFactor(1, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(sections);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_editor, &DraftEditor::serverDraftCreated, m_model, &DraftListModel::refresh);
    connect(m_document, &DraftDocument::opened, this, &DraftsPane::selectCurrentInList);
    connect(m_localModel, &QAbstractItemModel::rowsMoved, this, &DraftsPane::selectCurrentInList);
    connect(m_localModel, &QAbstractItemModel::rowsInserted, this,
            &DraftsPane::selectCurrentInList);
    // Whatever is typed reaches the disk before the app goes.
    connect(qApp, &QCoreApplication::aboutToQuit, m_store, &DraftStore::flush);

    const QStringList problems = m_localModel->problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    restoreLastDraft();
}

DraftsPane::~DraftsPane()
{
    m_store->flush();
}

void DraftsPane::restoreLastDraft()
{
    const QString last = m_store->lastOpenId();
    if (!last.isEmpty() && m_localModel->rowOf(last) >= 0) {
        openDraft(last);
        return;
    }
    if (m_localModel->rowCount() > 0) {
        openDraft(m_localModel->draftAt(0).id);
        return;
    }
    newDraft();
}

void DraftsPane::openDraft(const QString &id)
{
    if (id.isEmpty() || id == m_document->id())
        return;
    m_store->flush();
    const int row = m_localModel->rowOf(id);
    std::optional<LocalDraft> draft = m_store->load(id);
    if (!draft && row >= 0)
        draft = m_localModel->draftAt(row);
    if (!draft)
        return;
    m_document->open(*draft);
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
    if (m_localModel->rowCount() > 0)
        openDraft(m_localModel->draftAt(0).id);
    else
        newDraft();
}

void DraftsPane::selectCurrentInList()
{
    const int row = m_localModel->rowOf(m_document->id());
    if (row >= 0)
        m_localView->setCurrentIndex(m_localFilter->mapFromSource(m_localModel->index(row)));
}

void DraftsPane::setClient(ApiClient *client)
{
    m_panel->setConnected(client != nullptr);
    m_model->setClient(client);
    m_editor->setClient(client);
}

void DraftsPane::refresh()
{
    m_model->refresh();
    m_accounts->refresh();
}

} // namespace CreatorDesk
