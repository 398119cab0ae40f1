// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStatusBar.h"

#include "common/Formatting.h"
#include "common/RetryCountdown.h"
#include "connections/AccountStatus.h"
#include "credits/CreditThreshold.h"
#include "credits/CreditsText.h"

#include <QLabel>

using namespace std::chrono_literals;

namespace CreatorDesk {

AccountStatusBar::AccountStatusBar(AccountStatus *status, QWidget *parent)
    : QStatusBar(parent)
    , m_status(status)
    , m_credits(new QLabel(this))
    , m_rateLimit(new QLabel(this))
    , m_retry(new QLabel(this))
    , m_connection(new QLabel(this))
{
    m_credits->setAccessibleName(tr("Credits"));
    m_rateLimit->setAccessibleName(tr("Rate limit"));
    m_retry->setAccessibleName(tr("Retry countdown"));
    m_connection->setAccessibleName(tr("Connection state"));
    // Room between the permanent labels: the style draws no separators between them.
    for (QLabel *label : {m_credits, m_rateLimit, m_retry, m_connection})
        label->setContentsMargins(8, 0, 8, 0);
    m_retry->hide();
    addWidget(m_connection);
    addPermanentWidget(m_retry);
    addPermanentWidget(m_credits);
    addPermanentWidget(m_rateLimit);

    connect(m_status, &AccountStatus::changed, this, &AccountStatusBar::updateTexts);
    connect(m_status, &AccountStatus::paymentRequired, this, &AccountStatusBar::showPaymentProblem);
    connect(m_status->retries(), &RetryCountdown::changed, this,
            &AccountStatusBar::updateCountdown);
    m_clock.setInterval(30s);
    connect(&m_clock, &QTimer::timeout, this, &AccountStatusBar::updateTexts);
    m_clock.start();
    m_countdown.setInterval(1s);
    connect(&m_countdown, &QTimer::timeout, this, &AccountStatusBar::updateCountdown);
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

QString AccountStatusBar::retryText() const
{
    return m_retry->isVisibleTo(this) ? m_retry->text() : QString();
}

void AccountStatusBar::updateTexts()
{
    if (!m_status)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const AccountStatus &status = *m_status;
    m_credits->setText(CreditsText::summary(status, now));
    const bool low = status.isBelowThreshold();
    const bool expiring = status.hasBalance() && status.expiresSoonAt(now);
    m_highlighted = low || expiring;
    QStringList reasons;
    if (low)
        reasons.append(
            CreditThreshold::warningText(status.balance(), status.threshold()->threshold()));
    if (expiring)
        reasons.append(
            tr("The credits expire on %1.").arg(Formatting::localDateTime(status.expiresAt())));
    m_credits->setToolTip(reasons.join(QLatin1Char('\n')));
    m_credits->setStyleSheet(m_highlighted ? CreditsText::attentionStyle(palette(), true)
                                           : QString());
    m_rateLimit->setText(Formatting::rateLimit(status.rateLimit()));
    QString state = Formatting::connectionState(status);
    if (status.state() == AccountStatus::State::Error && !status.lastError().isEmpty())
        state = tr("%1: %2").arg(state, status.lastError());
    m_connection->setText(state);
    m_connection->setToolTip(status.lastError());
    updateCountdown();
}

void AccountStatusBar::updateCountdown()
{
    if (!m_status)
        return;
    const RetryCountdown &retries = *m_status->retries();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString text = retries.textAt(now);
    m_retry->setText(text);
    m_retry->setToolTip(retries.reason());
    m_retry->setVisible(!text.isEmpty());
    if (text.isEmpty())
        m_countdown.stop();
    else if (!m_countdown.isActive())
        m_countdown.start();
}

void AccountStatusBar::showPaymentProblem(const QString &sentence)
{
    showMessage(sentence, 30'000);
}

} // namespace CreatorDesk
