// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/NewKeyDialog.h"

#include "auth/NewKeyKeeper.h"
#include "connections/ConnectionModel.h"
#include "connections/RemoteKeyModel.h"
#include "keys/KeychainCheck.h"
#include "keys/OneTimeKeyView.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace CreatorDesk {

NewKeyDialog::NewKeyDialog(RemoteKeyModel *keys, ConnectionModel *connections,
                           ClipboardGuard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_keys(keys)
    , m_connections(connections)
    , m_pages(new QStackedWidget(this))
    , m_name(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_create(new QPushButton(tr("C&reate key"), this))
    , m_keyView(new OneTimeKeyView(clipboard, this))
    , m_storeBox(new QCheckBox(tr("&Store as a new connection"), this))
    , m_done(new QPushButton(tr("&Done"), this))
{
    setWindowTitle(tr("Create an API key"));
    setObjectName(QStringLiteral("newKeyDialog"));
    setAccessibleName(windowTitle());
    setMinimumWidth(560);

    // Page 1: the name.
    auto *namePage = new QWidget(m_pages);
    m_name->setAccessibleName(tr("Name of the new key"));
    m_name->setPlaceholderText(tr("For example: Laptop"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_error->setAccessibleName(tr("Problem creating the key"));
    m_error->hide();
    m_create->setDefault(true);
    m_create->setEnabled(false);
    m_create->setAccessibleName(tr("Create the key"));
    auto *cancel = new QPushButton(tr("Cancel"), namePage);
    cancel->setAccessibleName(tr("Cancel"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *nameButtons = new QHBoxLayout;
    nameButtons->addStretch();
    nameButtons->addWidget(m_create);
    nameButtons->addWidget(cancel);
    auto *nameLayout = new QVBoxLayout(namePage);
    nameLayout->addLayout(form);
    nameLayout->addWidget(m_error);
    nameLayout->addStretch();
    nameLayout->addLayout(nameButtons);

    // Page 2: the key, once.
    auto *keyPage = new QWidget(m_pages);
    m_storeBox->setAccessibleName(tr("Store the new key as a new connection"));
    m_done->setAccessibleName(tr("Done"));
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_storeBox);
    keyButtons->addStretch();
    keyButtons->addWidget(m_done);
    auto *keyLayout = new QVBoxLayout(keyPage);
    keyLayout->addWidget(m_keyView);
    keyLayout->addStretch();
    keyLayout->addLayout(keyButtons);

    m_pages->addWidget(namePage);
    m_pages->addWidget(keyPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_create->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_name, &QLineEdit::returnPressed, this, &NewKeyDialog::create);
    connect(m_create, &QPushButton::clicked, this, &NewKeyDialog::create);
    connect(cancel, &QPushButton::clicked, this, &NewKeyDialog::reject);
    connect(m_done, &QPushButton::clicked, this, &NewKeyDialog::accept);
}

QString NewKeyDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NewKeyDialog::create()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || m_busy || !m_keys)
        return;
    m_error->hide();
    // mint() ignores a second go while the first is under way.
    KeychainCheck::beforeMinting(this, m_connections, tr("Create it for &this run only"),
                                 [this, name](bool sessionOnly) {
                                     m_sessionOnly = sessionOnly;
                                     mint(name);
                                 });
}

void NewKeyDialog::mint(const QString &name)
{
    if (m_busy || !m_keys)
        return;
    m_busy = true;
    m_create->setEnabled(false);
    m_keys->createKey(name, this, [this, name](const Result<CreatedKey> &created) {
        m_busy = false;
        if (!created) {
            m_error->setText(tr("The key was not created: %1").arg(created.error().userMessage()));
            m_error->show();
            m_create->setEnabled(true);
            return;
        }
        m_createdName = created.value().name.isEmpty() ? name : created.value().name;
        m_createdId = created.value().id;
        m_keyView->showKey(created.value().fullKey, created.value().warning);
        m_storeBox->setToolTip(m_sessionOnly ? tr("No keychain can be reached: the connection is "
                                                  "kept for this run only.")
                                             : tr("The key goes into the keychain."));
        m_pages->setCurrentIndex(1);
        m_done->setDefault(true);
        m_keyView->copyButton()->setFocus();
    });
}

void NewKeyDialog::done(int result)
{
    const QString key = m_keyView->shownKey();
    HttpClient *http = m_keys ? m_keys->http() : nullptr;
    if (key.isEmpty() || !m_storeBox->isChecked() || !http) {
        m_keyView->forget();
        QDialog::done(result);
        return;
    }
    // Kept as a connection first; the dialog closes once the key is safe.
    ConnectionRecord record =
        ConnectionRecord::forKey(http->service(), m_createdName, http->baseUrl(), key);
    record.sessionOnly = m_sessionOnly;
    m_done->setEnabled(false);
    auto *keeper = new NewKeyKeeper(m_connections, http, this);
    connect(keeper, &NewKeyKeeper::finished, this,
            [this, keeper, result](const NewKeyKeeper::Outcome &outcome) {
                keeper->deleteLater();
                m_done->setEnabled(true);
                if (outcome.kind == NewKeyKeeper::Outcome::Kind::Stored) {
                    Q_EMIT connectionAdded(outcome.record.id);
                    m_keyView->forget();
                    QDialog::done(result);
                    return;
                }
                // Revoked (or not even that): the key is of no use any more, so it goes.
                m_keyView->forget();
                m_storeBox->setChecked(false);
                m_storeBox->hide();
                m_error->setText(outcome.message);
                m_error->show();
                m_pages->setCurrentIndex(0);
                if (m_keys)
                    m_keys->refresh();
            });
    keeper->keep(record, key, m_createdId);
}

} // namespace CreatorDesk
