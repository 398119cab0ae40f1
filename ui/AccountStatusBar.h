// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStatusBar>
#include <QTimer>

class QLabel;

namespace CreatorDesk {

class AccountStatus;

// The status bar: credits and their expiry (or plan, or "no balance"), the rate limit, a
// countdown while a request waits to be sent again, and the connection state. A payment-
// required answer is shown as a message.
class AccountStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    explicit AccountStatusBar(AccountStatus *status, QWidget *parent = nullptr);

    QString creditsText() const;
    QString rateLimitText() const;
    QString connectionText() const;
    // Empty unless a retry or a rate-limit wait is pending.
    QString retryText() const;
    // The credits need attention: below the warning level or expiring within a week.
    bool creditsHighlighted() const { return m_highlighted; }

private:
    void updateTexts();
    void updateCountdown();
    void showPaymentProblem(const QString &sentence);

    QPointer<AccountStatus> m_status;
    QLabel *m_credits;
    QLabel *m_rateLimit;
    QLabel *m_retry;
    QLabel *m_connection;
    QTimer m_clock;     // re-evaluates staleness while nothing else changes
    QTimer m_countdown; // each second while a retry is pending
    bool m_highlighted = false;
};

} // namespace CreatorDesk
