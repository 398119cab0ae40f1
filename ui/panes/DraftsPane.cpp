// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftsPane.h"

#include "DraftListModel.h"
#include "Formatting.h"
#include "widgets/RemoteListPanel.h"
#include "widgets/TwoLineDelegate.h"

#include <QListView>
#include <QVBoxLayout>

namespace CreatorDesk {

DraftsPane::DraftsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new DraftListModel(this))
{
    auto *view = new QListView;
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
            return tr("%1 · posts: %2 · changed %3")
                .arg(status, QString::number(posts), Formatting::localDateTime(updated));
        },
        [](const QModelIndex &index) {
            return index.data(DraftListModel::FirstPostTextRole).toString();
        },
        view));

    m_panel = new RemoteListPanel(tr("Drafts"), view, m_model->loadState(), this);
    m_panel->setEmptyText(tr("This account has no drafts on the server yet."));
    connect(m_panel, &RemoteListPanel::refreshRequested, m_model, &DraftListModel::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
}

void DraftsPane::setClient(ApiClient *client)
{
    m_panel->setConnected(client != nullptr);
    m_model->setClient(client);
}

void DraftsPane::refresh()
{
    m_model->refresh();
}

} // namespace CreatorDesk
