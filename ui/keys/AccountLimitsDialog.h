// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/AccountLimits.h"
#include "storage/LocalDraft.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace CreatorDesk {

// One social account's own limit: X Premium for an X account; for a Mastodon account, the
// instance whose limit applies (read from it, with "Read now"), or a figure of the person's own.
// Other platforms have one limit for every account, which the dialog says.
class AccountLimitsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `limits` is not owned and outlives the dialog.
    AccountLimitsDialog(const LocalDraft::Account &account, AccountLimits *limits,
                        QWidget *parent = nullptr);

    QCheckBox *premiumBox() const { return m_premium; }
    QLineEdit *instanceEdit() const { return m_instance; }
    QPushButton *readButton() const { return m_read; }
    QCheckBox *ownLimitBox() const { return m_ownLimit; }
    QSpinBox *ownLimitSpin() const { return m_ownLimitValue; }
    QLabel *sourceLabel() const { return m_source; }

    void accept() override;

private:
    void updateSource();

    LocalDraft::Account m_account;
    QPointer<AccountLimits> m_limits;
    QCheckBox *m_premium = nullptr;
    QLineEdit *m_instance = nullptr;
    QPushButton *m_read = nullptr;
    QCheckBox *m_ownLimit = nullptr;
    QSpinBox *m_ownLimitValue = nullptr;
    QLabel *m_source = nullptr;
};

} // namespace CreatorDesk
