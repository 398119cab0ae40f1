// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/CalendarGrid.h"
#include "schedule/ScheduleRules.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QListView;
class QSpinBox;

namespace CreatorDesk {

class TargetAccountModel;

// The small dialog for scheduling a draft (or changing an entry's time): time in the
// calendar's zone, accounts, priority, jitter. It says why it cannot be sent, live, before
// anything is sent; OK stays disabled until then.
class ScheduleDialog final : public QDialog
{
    Q_OBJECT

public:
    using Check = std::function<QString(const ScheduleChoice &)>;

    // `accounts` is null when only the time may change (editing a scheduled entry).
    ScheduleDialog(const QString &title, const QDateTime &when, const CalendarGrid &grid,
                   TargetAccountModel *accounts, Check check, QWidget *parent = nullptr);

    ScheduleChoice choice() const;
    QString refusal() const;
    void setPriority(int priority);
    void setJitter(bool on);

    QDateTimeEdit *timeEdit() const { return m_time; }
    QLabel *reasonLabel() const { return m_reason; }

Q_SIGNALS:
    void chosen(const CreatorDesk::ScheduleChoice &choice);

private:
    void revalidate();

    CalendarGrid m_grid;
    TargetAccountModel *m_accounts;
    Check m_check;
    QDateTimeEdit *m_time;
    QListView *m_accountView = nullptr;
    QSpinBox *m_priority;
    QCheckBox *m_jitter;
    QLabel *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace CreatorDesk
