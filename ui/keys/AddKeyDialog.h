// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/KeyFormatCheck.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace CreatorDesk {

class ConnectionModel;
class ServiceRegistry;

// Adds a connection by pasting a key: the key's format is checked as the person types, with
// a sentence for each problem, and OK stays disabled until the key and the address are valid.
class AddKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    AddKeyDialog(const ServiceRegistry &registry, ConnectionModel *connections,
                 bool keychainAvailable, QWidget *parent = nullptr);
    ~AddKeyDialog() override;

    void setService(const QString &serviceId);
    QComboBox *serviceBox() const { return m_service; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *keyEdit() const { return m_key; }
    QCheckBox *sessionOnlyBox() const { return m_sessionOnly; }
    QPushButton *okButton() const;
    QString problemText() const;
    QString notesText() const;

    void accept() override;

Q_SIGNALS:
    void connectionAdded(const QString &connectionId);

private:
    void onServiceChanged();
    void validate();

    const ServiceRegistry &m_registry;
    QPointer<ConnectionModel> m_connections;
    QComboBox *m_service;
    QLineEdit *m_name;
    QLineEdit *m_baseUrl;
    QLabel *m_urlProblem;
    QLineEdit *m_key;
    QLabel *m_problem;
    QLabel *m_notes;
    QCheckBox *m_sessionOnly;
    QLabel *m_saveError;
    QDialogButtonBox *m_buttons;
    KeyCheck m_check;
    bool m_saving = false;
};

} // namespace CreatorDesk
