// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace CreatorDesk {

class ClipboardGuard;
class ConnectionModel;
class OneTimeKeyView;
class RemoteKeyModel;

// Creates a key on the server: asks for a name (and, with no keychain, whether to go on for
// this run only), then shows the full key once, with Copy and the choice to keep it as a new
// connection; a key that cannot be kept after all is revoked, and the dialog says so.
class NewKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    NewKeyDialog(RemoteKeyModel *keys, ConnectionModel *connections, ClipboardGuard *clipboard,
                 QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *createButton() const { return m_create; }
    OneTimeKeyView *keyView() const { return m_keyView; }
    QCheckBox *storeBox() const { return m_storeBox; }
    QPushButton *doneButton() const { return m_done; }
    QString errorText() const;

    void done(int result) override;

Q_SIGNALS:
    void connectionAdded(const QString &connectionId);

private:
    void create();
    void mint(const QString &name);

    QPointer<RemoteKeyModel> m_keys;
    QPointer<ConnectionModel> m_connections;
    bool m_sessionOnly = false; // no keychain answered: the person chose this run only
    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QLabel *m_error;
    QPushButton *m_create;
    OneTimeKeyView *m_keyView;
    QCheckBox *m_storeBox;
    QPushButton *m_done;
    QString m_createdName;
    QString m_createdId;
    bool m_busy = false;
};

} // namespace CreatorDesk
