// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeysPane.h"

#include "RemoteKeyModel.h"
#include "widgets/RemoteListPanel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace CreatorDesk {

ApiKeysPane::ApiKeysPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new RemoteKeyModel(this))
{
    auto *view = new QTableView;
    view->setModel(m_model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    // Keyboard users move by rows, not cells.
    view->setTabKeyNavigation(false);

    m_panel = new RemoteListPanel(tr("API keys"), view, m_model->loadState(), this);
    m_panel->setEmptyText(tr("The service reports no API keys for this account."));
    connect(m_panel, &RemoteListPanel::refreshRequested, m_model, &RemoteKeyModel::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
}

void ApiKeysPane::setClient(ApiClient *client)
{
    m_panel->setConnected(client != nullptr);
    m_model->setClient(client);
}

void ApiKeysPane::refresh()
{
    m_model->refresh();
}

} // namespace CreatorDesk
