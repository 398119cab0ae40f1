// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditsPane.h"

#include "AccountStatus.h"
#include "Formatting.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>

using namespace std::chrono_literals;

namespace CreatorDesk {

CreditsPane::CreditsPane(AccountStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_status(status)
    , m_balance(new QLabel(this))
    , m_expiry(new QLabel(this))
    , m_fetched(new QLabel(this))
    , m_rateLimit(new QLabel(this))
    , m_error(new QLabel(this))
    , m_refreshButton(
          new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Check balance"), this))
{
    auto *heading = new QLabel(tr("Credits"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    QFont balanceFont = m_balance->font();
    balanceFont.setPointSizeF(balanceFont.pointSizeF() * 3.0);
    balanceFont.setBold(true);
    m_balance->setFont(balanceFont);
    m_balance->setAccessibleName(tr("Credit balance"));
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_expiry->setAccessibleName(tr("Credit expiry"));
    m_fetched->setAccessibleName(tr("Balance checked"));
    m_rateLimit->setAccessibleName(tr("Rate limit"));
    m_error->setAccessibleName(tr("Balance problem"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_refreshButton->setAccessibleName(tr("Check the credit balance again"));

    auto *details = new QFormLayout;
    details->setLabelAlignment(Qt::AlignLeft);
    details->addRow(tr("Expires:"), m_expiry);
    details->addRow(tr("Checked:"), m_fetched);
    details->addRow(tr("Rate limit:"), m_rateLimit);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addSpacing(12);
    layout->addWidget(m_balance);
    layout->addLayout(details);
    layout->addWidget(m_error);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_refreshButton, &QPushButton::clicked, m_status, &AccountStatus::refresh);
    connect(m_status, &AccountStatus::changed, this, &CreditsPane::updateTexts);
    m_clock.setInterval(30s);
    connect(&m_clock, &QTimer::timeout, this, &CreditsPane::updateTexts);
    m_clock.start();
    updateTexts();
}

QString CreditsPane::balanceText() const
{
    return m_balance->text();
}

void CreditsPane::updateTexts()
{
    if (!m_status)
        return;
    const AccountStatus &status = *m_status;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool connected = status.client() != nullptr;
    m_refreshButton->setEnabled(connected && !status.isLoading());

    if (!connected) {
        m_balance->setText(tr("No connection"));
        m_expiry->setText(tr("Not known"));
        m_fetched->setText(tr("Not checked"));
    } else if (!status.hasBalance()) {
        m_balance->setText(status.isLoading() ? tr("Checking…") : tr("Not known"));
        m_expiry->setText(tr("Not known"));
        m_fetched->setText(tr("Not checked yet"));
    } else {
        const int balance =
            int(qBound(qint64(0), status.balance(), qint64(std::numeric_limits<int>::max())));
        m_balance->setText(tr("%n credits", nullptr, balance));
        m_expiry->setText(status.expiresAt().isValid()
                              ? Formatting::localDateTime(status.expiresAt())
                              : tr("Never"));
        m_fetched->setText(
            status.isStaleAt(now)
                ? tr("%1 (out of date)").arg(Formatting::age(status.fetchedAt(), now))
                : Formatting::age(status.fetchedAt(), now));
    }
    m_rateLimit->setText(Formatting::rateLimit(status.rateLimit()));
    m_error->setText(status.lastError());
    m_error->setVisible(!status.lastError().isEmpty());
}

} // namespace CreatorDesk
