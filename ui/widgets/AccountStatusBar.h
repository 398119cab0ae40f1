// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QStatusBar>
#include <QTimer>

class QLabel;

namespace CreatorDesk {

class AccountStatus;

// The status bar: credits and their expiry, the rate limit, and the connection state.
class AccountStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    explicit AccountStatusBar(AccountStatus *status, QWidget *parent = nullptr);

    QString creditsText() const;
    QString rateLimitText() const;
    QString connectionText() const;

private:
    void updateTexts();

    QPointer<AccountStatus> m_status;
    QLabel *m_credits;
    QLabel *m_rateLimit;
    QLabel *m_connection;
    QTimer m_clock; // re-evaluates staleness while nothing else changes
};

} // namespace CreatorDesk
