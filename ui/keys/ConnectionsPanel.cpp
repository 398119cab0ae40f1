// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/ConnectionsPanel.h"

#include "auth/KeyVerifier.h"
#include "common/ClipboardGuard.h"
#include "common/Confirmation.h"
#include "common/RecordTable.h"
#include "connections/ConnectionModel.h"
#include "keys/AddKeyDialog.h"
#include "keys/SignInDialog.h"
#include "services/ServiceRegistry.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace CreatorDesk {

ConnectionsPanel::ConnectionsPanel(ConnectionModel *connections, ClipboardGuard *clipboard,
                                   QWidget *parent)
    : QWidget(parent)
    , m_connections(connections)
    , m_clipboard(clipboard)
    , m_view(new RecordTable([this] { deleteSelected(); }, this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("&Add key…"), this))
    , m_signIn(new QPushButton(tr("Sign &in…"), this))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_rename(new QPushButton(tr("Re&name…"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
{
    auto *heading = new QLabel(tr("Connections"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_view->setObjectName(QStringLiteral("connectionsView"));
    m_view->setAccessibleName(tr("Connections"));
    m_view->setModel(m_connections);

    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Connection status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_add->setAccessibleName(tr("Add a connection by pasting a key"));
    m_add->setToolTip(tr("Paste an API key of any service"));
    m_signIn->setAccessibleName(tr("Sign in to xAIcreator"));
    m_signIn->setToolTip(tr("Sign in to xAIcreator with email, Google or X to get a key"));
    m_verify->setAccessibleName(tr("Verify the selected connection's key"));
    m_verify->setToolTip(tr("Ask the service whether the key works"));
    m_rename->setAccessibleName(tr("Rename the selected connection"));
    m_delete->setAccessibleName(tr("Delete the selected connection"));
    m_delete->setToolTip(tr("Forget the connection and remove its key from the keychain (Delete)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_signIn);
    buttons->addStretch();
    buttons->addWidget(m_verify);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ConnectionsPanel::addKey);
    connect(m_signIn, &QPushButton::clicked, this, &ConnectionsPanel::signIn);
    connect(m_verify, &QPushButton::clicked, this, &ConnectionsPanel::verifySelected);
    connect(m_rename, &QPushButton::clicked, this, &ConnectionsPanel::renameSelected);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionsPanel::deleteSelected);
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT activationRequested(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConnectionsPanel::updateButtons);
    connect(m_connections, &QAbstractItemModel::rowsInserted, this,
            &ConnectionsPanel::updateButtons);
    connect(m_connections, &QAbstractItemModel::rowsRemoved, this,
            &ConnectionsPanel::updateButtons);
    connect(m_connections, &QAbstractItemModel::modelReset, this, &ConnectionsPanel::updateButtons);
    updateButtons();
}

void ConnectionsPanel::setActiveHttp(HttpClient *http)
{
    m_activeHttp = http;
    const int row = m_connections ? m_connections->rowOfHttp(http) : -1;
    if (row >= 0 && currentRow() < 0)
        selectRow(row);
    updateButtons();
}

int ConnectionsPanel::currentRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void ConnectionsPanel::selectRow(int row)
{
    if (!m_connections || row < 0 || row >= m_connections->rowCount())
        return;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_connections->index(row, 0));
}

QString ConnectionsPanel::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void ConnectionsPanel::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
    m_status->setVisible(!text.isEmpty());
}

void ConnectionsPanel::updateButtons()
{
    const bool canStore = m_connections && m_connections->hasStore() && m_connections->registry();
    const int row = currentRow();
    const bool selected = row >= 0;
    const bool stored =
        selected && !m_connections->connectionAt(row).id.isEmpty() && m_connections->hasStore();
    m_add->setEnabled(canStore);
    m_signIn->setEnabled(canStore && m_connections->registry()->find(QStringLiteral("xaicreator")));
    m_verify->setEnabled(selected && m_connections->httpAt(row));
    m_rename->setEnabled(stored);
    m_delete->setEnabled(stored);
}

void ConnectionsPanel::onConnectionAdded(const QString &id)
{
    const int row = m_connections ? m_connections->rowOfId(id) : -1;
    if (row < 0)
        return;
    selectRow(row);
    showStatus(tr("\"%1\" was added. Press Enter to work with it, or choose it as the active "
                  "connection.")
                   .arg(m_connections->connectionAt(row).displayName));
}

void ConnectionsPanel::addKey()
{
    if (!m_connections || !m_connections->registry() || !m_connections->hasStore())
        return;
    auto *dialog = new AddKeyDialog(*m_connections->registry(), m_connections,
                                    m_connections->isKeychainAvailable(), this);
    // The active connection's service is the likely one.
    const int active = m_connections->rowOfHttp(m_activeHttp);
    if (active >= 0)
        dialog->setService(m_connections->connectionAt(active).serviceId);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddKeyDialog::connectionAdded, this, &ConnectionsPanel::onConnectionAdded);
    dialog->open();
}

void ConnectionsPanel::signIn()
{
    if (!m_connections || !m_connections->registry() || !m_connections->hasStore())
        return;
    auto *dialog = new SignInDialog(*m_connections->registry(), m_connections,
                                    m_connections->network(), m_browser, m_clipboard, this);
    // Where the active xAIcreator connection lives (a sandbox, staging) is the likely server.
    const int row = m_connections->rowOfHttp(m_activeHttp);
    if (row >= 0 && m_connections->connectionAt(row).serviceId == QLatin1String("xaicreator"))
        dialog->setBaseUrl(m_connections->connectionAt(row).baseUrl);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::connectionAdded, this, &ConnectionsPanel::onConnectionAdded);
    dialog->open();
}

void ConnectionsPanel::verifySelected()
{
    const int row = currentRow();
    if (!m_connections || row < 0)
        return;
    const HttpClient *http = m_connections->httpAt(row);
    const QString cost = http ? KeyVerifier::costQuestion(http->service()) : QString();
    if (cost.isEmpty()) {
        verifyRow(row, CreditSpending::Refuse);
        return;
    }
    // Never spend the person's credits without asking, and say what it costs.
    const QString id = m_connections->connectionAt(row).id;
    Confirmation::ask(this, tr("Verify key"), tr("%1 Check the key anyway?").arg(cost),
                      tr("&Spend and verify"), [this, id] {
                          const int now = m_connections ? m_connections->rowOfId(id) : -1;
                          if (now >= 0)
                              verifyRow(now, CreditSpending::Allow);
                      });
}

void ConnectionsPanel::verifyRow(int row, CreditSpending spending)
{
    const QString id = m_connections->connectionAt(row).id;
    const QString name = m_connections->connectionAt(row).displayName;
    const QPointer<HttpClient> http = m_connections->httpAt(row);
    m_verify->setEnabled(false);
    showStatus(tr("Verifying \"%1\"…").arg(name));
    m_connections->activate(row, this, [this, id, name, http, spending](const QString &problem) {
        auto report = [this, id, name](const QString &sentence, bool ok) {
            if (m_connections && m_connections->hasStore() && !id.isEmpty())
                m_connections->setVerification(id, QDateTime::currentDateTimeUtc(), sentence);
            showStatus(tr("%1: %2").arg(name, sentence), !ok);
            updateButtons();
        };
        if (!problem.isEmpty() || !http) {
            report(problem.isEmpty() ? tr("This connection was deleted.") : problem, false);
            return;
        }
        KeyVerifier::verify(
            *http, this,
            [report](const Result<Verification> &verified) {
                if (verified)
                    report(verified.value().summary, true);
                else
                    report(verified.error().userMessage(), false);
            },
            spending);
    });
}

void ConnectionsPanel::renameSelected()
{
    const int row = currentRow();
    if (!m_connections || row < 0 || !m_connections->hasStore())
        return;
    const QString id = m_connections->connectionAt(row).id;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("renameDialog"));
    dialog->setWindowTitle(tr("Rename connection"));
    dialog->setLabelText(tr("New &name:"));
    dialog->setTextValue(m_connections->connectionAt(row).displayName);
    dialog->setAccessibleName(tr("Rename connection"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &text) {
        if (!m_connections || !m_connections->hasStore() || text.trimmed().isEmpty())
            return;
        if (!m_connections->rename(id, text.trimmed()))
            showStatus(tr("Another connection is called \"%1\" already; names tell connections "
                          "apart, so choose another.")
                           .arg(text.trimmed()),
                       true);
    });
    dialog->open();
}

void ConnectionsPanel::deleteSelected()
{
    const int row = currentRow();
    if (!m_connections || row < 0 || !m_connections->hasStore() ||
        m_connections->connectionAt(row).id.isEmpty())
        return;
    const Connection &connection = m_connections->connectionAt(row);
    const QString id = connection.id;
    const QString name = connection.displayName;
    Confirmation::ask(
        this, tr("Delete connection"),
        tr("Delete the connection \"%1\" (%2, key %3)? Its key is removed from the keychain. The "
           "key itself stays valid on the server until you revoke it there.")
            .arg(name, connection.serviceName, connection.keyPrefix),
        tr("&Delete"), [this, id, name] {
            if (!m_connections || !m_connections->hasStore())
                return;
            m_connections->remove(id, this, [this, name](const SecretResult &result) {
                if (result.ok())
                    showStatus(tr("\"%1\" was deleted.").arg(name));
                else
                    showStatus(tr("\"%1\" was not deleted: %2").arg(name, result.message), true);
            });
        });
}

} // namespace CreatorDesk
