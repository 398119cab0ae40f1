// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleDialog.h"

#include "publish/TargetAccountModel.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace CreatorDesk {

ScheduleDialog::ScheduleDialog(const QString &title, const QDateTime &when,
                               const CalendarGrid &grid, TargetAccountModel *accounts, Check check,
                               QWidget *parent)
    : QDialog(parent)
    , m_grid(grid)
    , m_accounts(accounts)
    , m_check(std::move(check))
    , m_time(new QDateTimeEdit(this))
    , m_priority(new QSpinBox(this))
    , m_jitter(new QCheckBox(tr("Vary the time by up to 3 minutes either way (jitter)"), this))
    , m_reason(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(accounts ? tr("Schedule \"%1\"").arg(title)
                            : tr("Change time of \"%1\"").arg(title));
    // The edit shows wall-clock time in the calendar's zone; slotTime() turns it into UTC.
    const QDateTime local = when.toTimeZone(grid.zone());
    m_time->setDateTime(QDateTime(local.date(), local.time()));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    m_time->setAccessibleName(tr("Date and time"));
    m_priority->setRange(0, 100);
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->setToolTip(tr("Sent to the service with the schedule (0 is the default)."));
    m_jitter->setChecked(true);
    m_jitter->setAccessibleName(tr("Jitter"));
    m_reason->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("scheduleRefusal"));
    m_reason->setStyleSheet(QStringLiteral("color: #c62828"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(accounts ? tr("Schedule") : tr("Move"));

    auto *form = new QFormLayout;
    form->addRow(tr("Time (%1):").arg(QString::fromUtf8(grid.zone().id())), m_time);
    if (accounts) {
        m_accountView = new QListView(this);
        m_accountView->setModel(accounts);
        m_accountView->setAccessibleName(tr("Accounts"));
        m_accountView->setMinimumHeight(120);
        form->addRow(tr("Accounts:"), m_accountView);
        connect(accounts, &QAbstractItemModel::dataChanged, this, &ScheduleDialog::revalidate);
        connect(accounts, &QAbstractItemModel::modelReset, this, &ScheduleDialog::revalidate);
        form->addRow(tr("Priority:"), m_priority);
        form->addRow(QString(), m_jitter);
    } else {
        m_priority->hide();
        m_jitter->hide();
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);

    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &ScheduleDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        revalidate(); // time moves on while the dialog is open
        if (!refusal().isEmpty())
            return;
        Q_EMIT chosen(choice());
        accept();
    });
    revalidate();
}

ScheduleChoice ScheduleDialog::choice() const
{
    ScheduleChoice choice;
    const QDateTime edited = m_time->dateTime();
    choice.when =
        m_grid.slotTime(edited.date(), edited.time().hour() * 60 + edited.time().minute());
    if (m_accounts) {
        for (const LocalDraft::Account &account : m_accounts->selected()) {
            const std::optional<Platform> platform = platformFromId(account.platform);
            if (platform)
                choice.targets.append({account.accountId, *platform, {}});
        }
    }
    choice.priority = m_priority->value();
    choice.applyJitter = m_jitter->isChecked();
    return choice;
}

QString ScheduleDialog::refusal() const
{
    return m_check ? m_check(choice()) : QString();
}

void ScheduleDialog::setPriority(int priority)
{
    m_priority->setValue(priority);
}

void ScheduleDialog::setJitter(bool on)
{
    m_jitter->setChecked(on);
}

void ScheduleDialog::revalidate()
{
    const QString reason = refusal();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty());
}

} // namespace CreatorDesk
