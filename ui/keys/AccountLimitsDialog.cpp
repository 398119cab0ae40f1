// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/AccountLimitsDialog.h"

#include "api/MastodonInstanceClient.h"
#include "connections/AccountLimits.h"
#include "text/TwitterConfig.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace CreatorDesk {

AccountLimitsDialog::AccountLimitsDialog(const LocalDraft::Account &account, AccountLimits *limits,
                                         QWidget *parent)
    : QDialog(parent)
    , m_account(account)
    , m_limits(limits)
{
    const std::optional<Platform> platform = platformFromId(account.platform);
    const QString name = account.username.isEmpty() ? account.accountId : account.username;
    setWindowTitle(tr("Limits of %1").arg(name));
    const Settings::AccountLimitChoice choice = limits->choice(account.accountId);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    if (platform == Platform::Twitter) {
        m_premium = new QCheckBox(
            tr("This account has X &Premium (posts up to %1 characters)")
                .arg(QLocale().toString(TwitterConfig::v3Premium().maxWeightedTweetLength)),
            this);
        m_premium->setChecked(choice.xPremium);
        m_premium->setAccessibleName(tr("X Premium"));
        form->addRow(m_premium);
    } else if (platform == Platform::Mastodon) {
        m_instance = new QLineEdit(choice.mastodonInstance, this);
        const QString fromName = MastodonInstanceClient::normalized(account.username);
        m_instance->setPlaceholderText(fromName.isEmpty()
                                           ? tr("e.g. mastodon.social")
                                           : tr("%1 (from the account's name)").arg(fromName));
        m_instance->setAccessibleName(tr("Mastodon instance"));
        m_read = new QPushButton(tr("&Read its limit"), this);
        m_read->setAccessibleName(tr("Read the instance's limit now"));
        auto *instanceRow = new QHBoxLayout;
        instanceRow->addWidget(m_instance, 1);
        instanceRow->addWidget(m_read);
        auto *instanceLabel = new QLabel(tr("&Instance:"), this);
        instanceLabel->setBuddy(m_instance);
        form->addRow(instanceLabel, instanceRow);

        m_ownLimit = new QCheckBox(tr("Use my &own limit:"), this);
        m_ownLimitValue = new QSpinBox(this);
        m_ownLimitValue->setRange(1, 1'000'000);
        m_ownLimitValue->setGroupSeparatorShown(true);
        m_ownLimitValue->setSuffix(tr(" characters"));
        m_ownLimitValue->setAccessibleName(tr("Own character limit"));
        m_ownLimit->setChecked(choice.mastodonMaxCharacters.has_value());
        m_ownLimitValue->setValue(choice.mastodonMaxCharacters.value_or(
            limits->limitsFor({account}).mastodon.maxCharacters));
        m_ownLimitValue->setEnabled(m_ownLimit->isChecked());
        form->addRow(m_ownLimit, m_ownLimitValue);
        connect(m_ownLimit, &QCheckBox::toggled, m_ownLimitValue, &QWidget::setEnabled);
        connect(m_read, &QPushButton::clicked, this, [this] {
            const QString typed = m_instance->text().trimmed();
            const QString instance =
                MastodonInstanceClient::normalized(typed.isEmpty() ? m_account.username : typed);
            if (instance.isEmpty()) {
                m_source->setText(tr("Type the instance's address, e.g. mastodon.social."));
                return;
            }
            m_limits->readInstance(instance);
        });
    } else if (platform) {
        m_source->setText(
            tr("%1 has one limit for every account.").arg(platformDisplayName(*platform)));
    }
    layout->addWidget(m_source);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (platform == Platform::Twitter || platform == Platform::Mastodon) {
        connect(limits, &AccountLimits::changed, this, &AccountLimitsDialog::updateSource);
        updateSource();
    }
    setMinimumWidth(480);
}

void AccountLimitsDialog::updateSource()
{
    if (!m_limits)
        return;
    const Platform platform = m_premium ? Platform::Twitter : Platform::Mastodon;
    QString text = m_limits->explain(platform, {m_account});
    if (m_instance) {
        const QString typed = MastodonInstanceClient::normalized(m_instance->text());
        if (!typed.isEmpty() && typed != m_limits->instanceOf(m_account)) {
            const QString error = m_limits->instanceError(typed);
            const std::optional<InstanceLimits> read = m_limits->instanceLimits(typed);
            if (m_limits->isReading(typed))
                text = tr("Asking %1…").arg(typed);
            else if (!error.isEmpty())
                text = error;
            else if (read)
                text = tr("%1 allows %2 characters; a link counts %3. OK uses it for this "
                          "account.")
                           .arg(typed, QLocale().toString(read->maxCharacters))
                           .arg(read->charactersReservedPerUrl);
        }
    }
    m_source->setText(text);
}

void AccountLimitsDialog::accept()
{
    if (m_limits) {
        Settings::AccountLimitChoice choice = m_limits->choice(m_account.accountId);
        if (m_premium)
            choice.xPremium = m_premium->isChecked();
        if (m_instance) {
            choice.mastodonInstance = m_instance->text().trimmed();
            choice.mastodonMaxCharacters = m_ownLimit->isChecked()
                                               ? std::optional<int>(m_ownLimitValue->value())
                                               : std::nullopt;
        }
        m_limits->setChoice(m_account, choice);
    }
    QDialog::accept();
}

} // namespace CreatorDesk
