// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/SocialSetsPanel.h"

#include "common/RemoteListPanel.h"
#include "connections/SocialSetModel.h"
#include "connections/SocialSetSource.h"
#include "keys/AccountLimitsDialog.h"
#include "keys/ConnectXAccountDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace CreatorDesk {

SocialSetsPanel::SocialSetsPanel(SocialSetSource *source, QWidget *parent)
    : QWidget(parent)
    , m_model(new SocialSetModel(source, this))
    , m_view(new QTreeView)
    , m_connect(new QPushButton(tr("Connect an &X account…"), this))
    , m_limitsButton(new QPushButton(tr("Account &limits…"), this))
{
    m_view->setObjectName(QStringLiteral("socialSetsView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_panel = new RemoteListPanel(tr("Social sets"), m_view, m_model->loadState(), this);
    m_panel->setEmptyText(tr("This account has no social sets yet."));
    m_connect->setAccessibleName(tr("Connect an X account to a social set"));
    m_connect->setEnabled(false);
    m_panel->addHeaderWidget(m_connect);
    m_limitsButton->setAccessibleName(tr("The selected account's character limit"));
    m_limitsButton->setToolTip(tr("X Premium, or a Mastodon instance's own limit"));
    m_limitsButton->setEnabled(false);
    m_limitsButton->setVisible(false);
    m_panel->addHeaderWidget(m_limitsButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);

    connect(m_panel, &RemoteListPanel::refreshRequested, source, &SocialSetSource::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &QTreeView::expandAll);
    connect(m_connect, &QPushButton::clicked, this, [this] { openConnectDialog(); });
    connect(m_limitsButton, &QPushButton::clicked, this, [this] { openLimitsDialog(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_limitsButton->setEnabled(current.data(SocialSetModel::KindRole).toInt() ==
                                           SocialSetModel::AccountItem);
            });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (m_limits && index.data(SocialSetModel::KindRole).toInt() == SocialSetModel::AccountItem)
            openLimitsDialog();
    });
}

void SocialSetsPanel::setAccountLimits(AccountLimits *limits)
{
    m_limits = limits;
    m_limitsButton->setVisible(limits != nullptr);
}

AccountLimitsDialog *SocialSetsPanel::openLimitsDialog()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_limits || current.data(SocialSetModel::KindRole).toInt() != SocialSetModel::AccountItem)
        return nullptr;
    const LocalDraft::Account account{current.data(SocialSetModel::AccountIdRole).toString(),
                                      current.data(SocialSetModel::SetIdRole).toString(),
                                      current.data(SocialSetModel::PlatformRole).toString(),
                                      current.data(SocialSetModel::UsernameRole).toString()};
    auto *dialog = new AccountLimitsDialog(account, m_limits, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void SocialSetsPanel::setClient(ApiClient *client, const QString &serviceName)
{
    // The sets themselves follow the active client through the shared SocialSetSource.
    m_client = client;
    m_panel->setConnected(client != nullptr);
    m_panel->setDisconnectedText(
        serviceName.isEmpty()
            ? QString()
            : tr("Social sets belong to xAIcreator. The active connection is %1; choose an "
                 "xAIcreator connection to see them.")
                  .arg(serviceName));
    m_connect->setEnabled(client != nullptr);
}

void SocialSetsPanel::refresh()
{
    m_model->source()->refresh();
}

ConnectXAccountDialog *SocialSetsPanel::openConnectDialog(const QString &intro)
{
    if (!m_client)
        return nullptr;
    auto *dialog = new ConnectXAccountDialog(m_client, m_browser, m_model->sets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!intro.isEmpty())
        dialog->setIntroduction(intro);
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        dialog->selectSet(current.data(SocialSetModel::SetIdRole).toString());
    connect(dialog, &ConnectXAccountDialog::accountConnected, m_model->source(),
            &SocialSetSource::refresh);
    dialog->open();
    return dialog;
}

} // namespace CreatorDesk
