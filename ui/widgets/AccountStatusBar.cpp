// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStatusBar.h"

#include "AccountStatus.h"
#include "Formatting.h"

#include <QLabel>

using namespace std::chrono_literals;

namespace CreatorDesk {

AccountStatusBar::AccountStatusBar(AccountStatus *status, QWidget *parent)
    : QStatusBar(parent)
    , m_status(status)
    , m_credits(new QLabel(this))
    , m_rateLimit(new QLabel(this))
    , m_connection(new QLabel(this))
{
    m_credits->setAccessibleName(tr("Credits"));
    m_rateLimit->setAccessibleName(tr("Rate limit"));
    m_connection->setAccessibleName(tr("Connection state"));
    // Room between the permanent labels: the style draws no separators between them.
    for (QLabel *label : {m_credits, m_rateLimit, m_connection})
        label->setContentsMargins(8, 0, 8, 0);
    addWidget(m_connection);
    addPermanentWidget(m_credits);
    addPermanentWidget(m_rateLimit);

    connect(m_status, &AccountStatus::changed, this, &AccountStatusBar::updateTexts);
    m_clock.setInterval(30s);
    connect(&m_clock, &QTimer::timeout, this, &AccountStatusBar::updateTexts);
    m_clock.start();
    updateTexts();
}

QString AccountStatusBar::creditsText() const
{
    return m_credits->text();
}

QString AccountStatusBar::rateLimitText() const
{
    return m_rateLimit->text();
}

QString AccountStatusBar::connectionText() const
{
    return m_connection->text();
}

void AccountStatusBar::updateTexts()
{
    if (!m_status)
        return;
    m_credits->setText(Formatting::creditsSummary(*m_status, QDateTime::currentDateTimeUtc()));
    m_rateLimit->setText(Formatting::rateLimit(m_status->rateLimit()));
    QString state = Formatting::connectionState(*m_status);
    if (m_status->state() == AccountStatus::State::Error && !m_status->lastError().isEmpty())
        state = tr("%1: %2").arg(state, m_status->lastError());
    m_connection->setText(state);
    m_connection->setToolTip(m_status->lastError());
}

} // namespace CreatorDesk
