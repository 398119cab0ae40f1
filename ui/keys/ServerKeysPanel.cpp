// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/ServerKeysPanel.h"

#include "auth/KeyRotation.h"
#include "common/ClipboardGuard.h"
#include "common/Confirmation.h"
#include "common/LoadState.h"
#include "common/RecordTable.h"
#include "common/RemoteListPanel.h"
#include "connections/ConnectionModel.h"
#include "connections/RemoteKeyModel.h"
#include "keys/NewKeyDialog.h"
#include "keys/RotationDialog.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace CreatorDesk {

ServerKeysPanel::ServerKeysPanel(ConnectionModel *connections, ClipboardGuard *clipboard,
                                 QWidget *parent)
    : QWidget(parent)
    , m_connections(connections)
    , m_clipboard(clipboard)
    , m_model(new RemoteKeyModel(this))
    , m_view(new RecordTable([this] { revokeSelected(); }))
    , m_create(new QPushButton(tr("&Create…"), this))
    , m_revoke(new QPushButton(tr("Re&voke…"), this))
    , m_rotate(new QPushButton(tr("R&otate"), this))
{
    m_view->setObjectName(QStringLiteral("serverKeysView"));
    m_view->setModel(m_model);

    m_panel = new RemoteListPanel(tr("Keys on the server"), m_view, m_model->loadState(), this);
    m_panel->setEmptyText(tr("The service reports no API keys for this account."));
    m_panel->setDisconnectedText(tr("Choose a connection to see the keys its service holds."));
    m_create->setAccessibleName(tr("Create a key on the server"));
    m_revoke->setAccessibleName(tr("Revoke the selected key"));
    m_revoke->setToolTip(tr("The key stops working at once (Delete)"));
    m_rotate->setAccessibleName(tr("Rotate the active connection's key"));
    m_panel->addHeaderWidget(m_create);
    m_panel->addHeaderWidget(m_revoke);
    m_panel->addHeaderWidget(m_rotate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);

    connect(m_panel, &RemoteListPanel::refreshRequested, m_model, &RemoteKeyModel::refresh);
    connect(m_create, &QPushButton::clicked, this, &ServerKeysPanel::createKey);
    connect(m_revoke, &QPushButton::clicked, this, &ServerKeysPanel::revokeSelected);
    connect(m_rotate, &QPushButton::clicked, this, &ServerKeysPanel::rotate);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServerKeysPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ServerKeysPanel::updateButtons);
    updateButtons();
}

int ServerKeysPanel::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void ServerKeysPanel::selectRow(int row)
{
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void ServerKeysPanel::setHttp(HttpClient *http)
{
    m_http = http;
    m_model->setHttp(http);
    const int row = m_connections ? m_connections->rowOfHttp(http) : -1;
    const QString service = row >= 0 ? m_connections->connectionAt(row).serviceName : QString();
    m_panel->setConnected(http && m_model->isSupported());
    m_panel->setDisconnectedText(
        !http ? tr("Choose a connection to see the keys its service holds.")
              : tr("%1 has no key-management endpoints: its keys are managed in its own "
                   "dashboard.")
                    .arg(service));
    updateButtons();
    // A revoke that waited for this switch goes ahead with the new connection.
    if (!m_pendingRevokeId.isEmpty() && http && http == m_pendingHttp) {
        const QString id = std::exchange(m_pendingRevokeId, {});
        revoke(id, std::exchange(m_pendingRevokeName, {}));
    }
}

void ServerKeysPanel::refresh()
{
    m_model->refresh();
}

void ServerKeysPanel::updateButtons()
{
    const bool supported = m_http && m_model->isSupported();
    const int row = m_connections ? m_connections->rowOfHttp(m_http) : -1;
    const bool stored = row >= 0 && !m_connections->connectionAt(row).id.isEmpty();
    m_create->setVisible(supported);
    m_revoke->setVisible(supported);
    m_rotate->setVisible(supported);
    m_create->setEnabled(m_model->canCreate());
    m_create->setToolTip(m_model->canCreate()
                             ? tr("Create a key; it is shown once")
                             : tr("This service creates keys only in its own dashboard."));
    m_revoke->setEnabled(supported && currentRow() >= 0);
    m_rotate->setEnabled(m_model->canCreate() && stored && !m_rotation);
    m_rotate->setToolTip(
        !m_model->canCreate()
            ? tr("This service does not let Creator Desk create keys, so it cannot rotate them: "
                 "create a new key in its dashboard, add it here, then revoke the old one.")
        : !stored ? tr("Only a kept connection can be rotated.")
                  : tr("Create a new key, switch this connection to it and revoke the old one"));
}

void ServerKeysPanel::createKey()
{
    if (!m_model->canCreate() || !m_connections)
        return;
    auto *dialog = new NewKeyDialog(m_model, m_connections, m_clipboard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

int ServerKeysPanel::otherConnectionOfSameService() const
{
    const int active = m_connections ? m_connections->rowOfHttp(m_http) : -1;
    if (active < 0)
        return -1;
    const Connection &current = m_connections->connectionAt(active);
    for (int row = 0; row < m_connections->rowCount(); ++row) {
        const Connection &other = m_connections->connectionAt(row);
        if (row != active && other.serviceId == current.serviceId &&
            other.baseUrl == current.baseUrl && other.http && !other.id.isEmpty())
            return row;
    }
    return -1;
}

void ServerKeysPanel::revokeSelected()
{
    const int row = currentRow();
    if (row < 0 || !m_model->isSupported())
        return;
    const QModelIndex index = m_model->index(row, 0);
    const QString id = index.data(RemoteKeyModel::IdRole).toString();
    const QString name = index.data(Qt::AccessibleTextRole).toString();
    const QString masked = index.data(RemoteKeyModel::MaskedKeyRole).toString();
    if (index.data(RemoteKeyModel::InUseRole).toBool()) {
        revokeInUse(id, name);
        return;
    }
    const QString question = index.data(RemoteKeyModel::InUseUnknownRole).toBool()
                                 ? tr("Revoke the key \"%1\" (%2)? The service lists only the "
                                      "key's environment, so it cannot be told whether this "
                                      "connection uses it. Everything that uses it stops working "
                                      "at once. This cannot be undone.")
                                 : tr("Revoke the key \"%1\" (%2)? Everything that uses it stops "
                                      "working at once. This cannot be undone.");
    Confirmation::ask(this, tr("Revoke key"), question.arg(name, masked), tr("&Revoke"),
                      [this, id, name] { revoke(id, name); });
}

void ServerKeysPanel::revokeInUse(const QString &id, const QString &name)
{
    const int other = otherConnectionOfSameService();
    if (other < 0) {
        Confirmation::tell(this, tr("Key in use"),
                           tr("\"%1\" is the key this connection uses, and there is no other "
                              "connection to this service to switch to. Use Rotate instead: it "
                              "creates a new key, switches to it, then revokes this one.")
                               .arg(name));
        return;
    }
    const QString otherName = m_connections->connectionAt(other).displayName;
    const int active = m_connections->rowOfHttp(m_http);
    const QString activeId = active >= 0 ? m_connections->connectionAt(active).id : QString();
    const QPointer<HttpClient> otherHttp = m_connections->httpAt(other);
    Confirmation::ask(
        this, tr("Revoke the key in use"),
        tr("\"%1\" is the key the active connection uses. Revoking it stops this connection "
           "from working.")
            .arg(name),
        tr("&Continue"), [this, id, name, other, otherName, activeId, otherHttp] {
            Confirmation::ask(this, tr("Revoke the key in use"),
                              tr("Creator Desk will switch to \"%1\" first, then revoke \"%2\". "
                                 "Revoke it?")
                                  .arg(otherName, name),
                              tr("Switch and &revoke"),
                              [this, id, name, other, activeId, otherHttp] {
                                  m_pendingRevokeId = id;
                                  m_pendingRevokeName = name;
                                  m_revokedConnectionId = activeId;
                                  m_pendingHttp = otherHttp;
                                  Q_EMIT switchRequested(other);
                              });
        });
}

void ServerKeysPanel::revoke(const QString &id, const QString &name)
{
    const QString revokedConnection = std::exchange(m_revokedConnectionId, {});
    m_model->revokeKey(id, this, [this, name, revokedConnection](const Result<Acknowledgement> &r) {
        if (!r) {
            Confirmation::tell(this, tr("Key not revoked"),
                               tr("\"%1\" was not revoked: %2").arg(name, r.error().userMessage()));
            return;
        }
        // The connection that used the key keeps its record, marked as no longer working.
        if (!revokedConnection.isEmpty() && m_connections && m_connections->hasStore())
            m_connections->setVerification(
                revokedConnection, QDateTime::currentDateTimeUtc(),
                tr("Its key was revoked on the server; add a new key or delete this connection."));
    });
}

void ServerKeysPanel::rotate()
{
    const int row = m_connections ? m_connections->rowOfHttp(m_http) : -1;
    if (row < 0 || !m_model->canCreate() || m_rotation)
        return;
    const Connection &connection = m_connections->connectionAt(row);
    auto *rotation =
        new KeyRotation(m_http, m_connections, connection.id, m_connections->network(), this);
    auto *dialog = new RotationDialog(rotation, connection.displayName, this);
    rotation->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_rotation = dialog;
    connect(dialog, &RotationDialog::rotationFinished, this, [this] {
        m_model->refresh();
        updateButtons();
    });
    connect(dialog, &QDialog::finished, this, [this] {
        m_rotation = nullptr;
        updateButtons();
    });
    updateButtons();
    dialog->open();
    dialog->start();
}

} // namespace CreatorDesk
