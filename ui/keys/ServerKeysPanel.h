// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/HttpClient.h"
#include "keys/RotationDialog.h"
#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableView;

namespace CreatorDesk {

class ClipboardGuard;
class ConnectionModel;
class RemoteKeyModel;
class RemoteListPanel;

// The keys the active connection's service holds for its account (masked), with Create…,
// Revoke and Rotate. Revoking the key in use switches to another connection first.
class ServerKeysPanel final : public QWidget
{
    Q_OBJECT

public:
    ServerKeysPanel(ConnectionModel *connections, ClipboardGuard *clipboard,
                    QWidget *parent = nullptr);

    RemoteKeyModel *model() const { return m_model; }
    RemoteListPanel *panel() const { return m_panel; }
    QTableView *view() const { return m_view; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *revokeButton() const { return m_revoke; }
    QPushButton *rotateButton() const { return m_rotate; }
    RotationDialog *rotationDialog() const { return m_rotation; }
    int currentRow() const;
    void selectRow(int row);

public Q_SLOTS:
    void setHttp(CreatorDesk::HttpClient *http);
    void refresh();
    void createKey();
    void revokeSelected();
    void rotate();

Q_SIGNALS:
    // The key in use is about to be revoked: work with this connection instead.
    void switchRequested(int row);

private:
    void updateButtons();
    void revoke(const QString &id, const QString &name);
    void revokeInUse(const QString &id, const QString &name);
    int otherConnectionOfSameService() const;

    QPointer<ConnectionModel> m_connections;
    QPointer<ClipboardGuard> m_clipboard;
    QPointer<HttpClient> m_http;
    RemoteKeyModel *m_model;
    QTableView *m_view;
    RemoteListPanel *m_panel;
    QPushButton *m_create;
    QPushButton *m_revoke;
    QPushButton *m_rotate;
    QPointer<RotationDialog> m_rotation;
    // A revoke that waits for the switch to another connection.
    QString m_pendingRevokeId;
    QString m_pendingRevokeName;
    QString m_revokedConnectionId;
    QPointer<HttpClient> m_pendingHttp;
};

} // namespace CreatorDesk
