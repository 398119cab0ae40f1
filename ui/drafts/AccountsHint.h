// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace CreatorDesk {

class TargetAccountModel;

// Under the editor's empty "Accounts" box, one line on why it is empty and the one action that
// fills it: no connection (open the API keys), loading, a failure (try again), or an account
// with no social accounts yet (connect an X account). Hidden while there are accounts.
class AccountsHint final : public QLabel
{
    Q_OBJECT

public:
    // `accounts` is not owned and outlives the hint.
    explicit AccountsHint(TargetAccountModel *accounts, QWidget *parent = nullptr);

Q_SIGNALS:
    void openKeysRequested();
    void connectAccountRequested();

private:
    void update();

    TargetAccountModel *m_accounts;
};

} // namespace CreatorDesk
