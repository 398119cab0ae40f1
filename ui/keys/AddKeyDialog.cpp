// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/AddKeyDialog.h"

#include "connections/ConnectionModel.h"
#include "services/ServiceRegistry.h"
#include "services/UrlPolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CreatorDesk {

namespace {
const auto ProblemStyle = QStringLiteral("QLabel { color: #b3261e; }");
} // namespace

AddKeyDialog::AddKeyDialog(const ServiceRegistry &registry, ConnectionModel *connections,
                           bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_connections(connections)
    , m_service(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_urlProblem(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_sessionOnly(
          new QCheckBox(tr("Keep this key for this &run only (not in the keychain)"), this))
    , m_saveError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add an API key"));
    setObjectName(QStringLiteral("addKeyDialog"));
    setAccessibleName(windowTitle());
    setMinimumWidth(520);

    for (const ServiceDescriptor &service : registry.services())
        m_service->addItem(service.name, service.id);
    m_service->setAccessibleName(tr("Service"));
    m_name->setAccessibleName(tr("Display name"));
    m_name->setPlaceholderText(tr("For example: Work account"));
    m_baseUrl->setAccessibleName(tr("Server address"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste the key here"));
    auto *showBox = new QCheckBox(tr("S&how the key"), this);
    showBox->setAccessibleName(tr("Show the key"));
    connect(showBox, &QCheckBox::toggled, this, [this](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_problem->setObjectName(QStringLiteral("keyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(ProblemStyle);
    m_problem->setAccessibleName(tr("Problem with the key"));
    m_notes->setObjectName(QStringLiteral("keyNotes"));
    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    m_notes->setAccessibleName(tr("Notes about the key"));
    m_urlProblem->setWordWrap(true);
    m_urlProblem->setStyleSheet(ProblemStyle);
    m_urlProblem->setAccessibleName(tr("Problem with the server address"));
    m_saveError->setWordWrap(true);
    m_saveError->setStyleSheet(ProblemStyle);
    m_saveError->hide();
    m_sessionOnly->setAccessibleName(tr("Keep this key for this run only"));
    if (!keychainAvailable) {
        m_sessionOnly->setChecked(true);
        m_sessionOnly->setEnabled(false);
        m_sessionOnly->setToolTip(tr("No keychain can be reached, so the key can only be kept "
                                     "in memory until Creator Desk closes."));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Server &address:"), m_baseUrl);
    form->addRow(QString(), m_urlProblem);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), showBox);
    form->addRow(QString(), m_problem);
    form->addRow(QString(), m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sessionOnly);
    layout->addWidget(m_saveError);
    layout->addStretch();
    layout->addWidget(m_buttons);
    okButton()->setText(tr("&Add"));
    okButton()->setAccessibleName(tr("Add the connection"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddKeyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddKeyDialog::reject);
    connect(m_service, &QComboBox::currentIndexChanged, this, &AddKeyDialog::onServiceChanged);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &AddKeyDialog::validate);
    connect(m_key, &QLineEdit::textChanged, this, &AddKeyDialog::validate);
    onServiceChanged();
    m_key->setFocus();
}

AddKeyDialog::~AddKeyDialog()
{
    m_check.key.fill(QLatin1Char('\0'));
}

void AddKeyDialog::setService(const QString &serviceId)
{
    const int index = m_service->findData(serviceId);
    if (index >= 0)
        m_service->setCurrentIndex(index);
}

QPushButton *AddKeyDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString AddKeyDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString AddKeyDialog::notesText() const
{
    return m_notes->isHidden() ? QString() : m_notes->text();
}

void AddKeyDialog::onServiceChanged()
{
    const ServiceDescriptor *service = m_registry.find(m_service->currentData().toString());
    m_baseUrl->setText(service ? service->baseUrl.toString() : QString());
    validate();
}

void AddKeyDialog::validate()
{
    const ServiceDescriptor *service = m_registry.find(m_service->currentData().toString());
    m_check = service ? KeyFormatCheck::check(*service, m_key->text(), m_registry.services())
                      : KeyCheck{};
    m_problem->setText(m_check.problem);
    m_problem->setVisible(!m_check.problem.isEmpty());
    m_notes->setText(m_check.notes.join(QLatin1Char(' ')));
    m_notes->setVisible(!m_check.notes.isEmpty());

    const QUrl url = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    QString urlProblem;
    if (m_baseUrl->text().trimmed().isEmpty() || !url.isValid())
        urlProblem = tr("Enter the address of the service's API.");
    else
        urlProblem = UrlPolicy::violation(url);
    m_urlProblem->setText(urlProblem);
    m_urlProblem->setVisible(!urlProblem.isEmpty());

    okButton()->setEnabled(service && m_check.isValid() && urlProblem.isEmpty() && !m_saving &&
                           m_connections);
    // Sentences come and go as the person types: grow to show them whole, never shrink.
    if (layout() && isVisible()) {
        layout()->activate();
        const int needed = layout()->hasHeightForWidth() ? layout()->heightForWidth(width())
                                                         : layout()->sizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}

void AddKeyDialog::accept()
{
    const ServiceDescriptor *service = m_registry.find(m_service->currentData().toString());
    if (!service || !m_check.isValid() || !m_connections || m_saving)
        return;
    QString name = m_name->text().trimmed();
    if (name.isEmpty())
        name = service->name;
    ConnectionRecord record = ConnectionRecord::forKey(
        *service, name, QUrl::fromUserInput(m_baseUrl->text().trimmed()), m_check.key);
    record.id = ConnectionRecord::newId();
    record.sessionOnly = m_sessionOnly->isChecked();
    m_saving = true;
    validate();
    const QString id = record.id;
    m_connections->add(record, m_check.key, this, [this, id](const SecretResult &result) {
        m_saving = false;
        if (!result.ok()) {
            m_saveError->setText(tr("The key was not saved: %1").arg(result.message));
            m_saveError->show();
            validate();
            return;
        }
        m_key->clear();
        Q_EMIT connectionAdded(id);
        QDialog::accept();
    });
}

} // namespace CreatorDesk
