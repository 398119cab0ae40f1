// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace CreatorDesk {

class AccountStatus;
class SpendingHistoryPanel;

// The credits of the active connection: balance, expiry (highlighted within a week), when it
// was checked, plan and quota for Xquik, the rate limit and any pending retry, what things
// cost, the warning level, and the spending history with its chart.
class CreditsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit CreditsPane(AccountStatus *status, QWidget *parent = nullptr);

    QString balanceText() const;
    QString expiryText() const;
    QString checkedText() const;
    QString rateLimitText() const;
    QString retryText() const;
    // The warnings above the balance: low balance, expiry, payment required, no balance.
    QString noticeText() const;
    QString costNoteText() const;
    bool expiryHighlighted() const;
    QSpinBox *thresholdBox() const { return m_threshold; }
    QPushButton *refreshButton() const { return m_refreshButton; }
    SpendingHistoryPanel *historyPanel() const { return m_history; }

private:
    QWidget *createSidePanel();
    void updateTexts();
    void updateNotice(const QDateTime &now);
    void setRowVisible(QWidget *field, bool visible);

    QPointer<AccountStatus> m_status;
    QLabel *m_balance;
    QLabel *m_notice;
    QFormLayout *m_details;
    QLabel *m_service;
    QLabel *m_plan;
    QLabel *m_quota;
    QLabel *m_expiry;
    QLabel *m_fetched;
    QLabel *m_rateLimit;
    QLabel *m_retry;
    QLabel *m_error;
    QLabel *m_coverage;
    QLabel *m_costList;
    QSpinBox *m_threshold;
    QPushButton *m_refreshButton;
    SpendingHistoryPanel *m_history;
    QTimer m_clock; // keeps "checked 3 min ago" and the retry countdown true
};

} // namespace CreatorDesk
