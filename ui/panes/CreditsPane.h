// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace CreatorDesk {

class AccountStatus;

// The credit balance of the active connection, its expiry, when it was checked, and the
// rate limit, with a way to check again.
class CreditsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit CreditsPane(AccountStatus *status, QWidget *parent = nullptr);

    QString balanceText() const;

private:
    void updateTexts();

    QPointer<AccountStatus> m_status;
    QLabel *m_balance;
    QLabel *m_expiry;
    QLabel *m_fetched;
    QLabel *m_rateLimit;
    QLabel *m_error;
    QPushButton *m_refreshButton;
    QTimer m_clock; // keeps "checked 3 min ago" true while the pane is open
};

} // namespace CreatorDesk
