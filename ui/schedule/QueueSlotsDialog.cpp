// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/QueueSlotsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace CreatorDesk {

QueueSlotsDialog::QueueSlotsDialog(const QList<SocialSetName> &sets,
                                   const QHash<QString, QueueSettings> &current, QWidget *parent)
    : QDialog(parent)
    , m_settings(current)
    , m_set(new QComboBox(this))
    , m_slots(new QListWidget(this))
    , m_day(new QComboBox(this))
    , m_time(new QTimeEdit(QTime(9, 0), this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_zone(new QComboBox(this))
    , m_priority(new QSpinBox(this))
    , m_jitter(new QCheckBox(tr("Vary the time by up to 3 minutes either way (jitter)"), this))
{
    setWindowTitle(tr("Posting times"));
    setObjectName(QStringLiteral("queueSlotsDialog"));
    for (const SocialSetName &set : sets)
        m_set->addItem(set.name, set.id);
    m_set->setAccessibleName(tr("Social set"));
    m_slots->setAccessibleName(tr("Weekly posting times"));
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_day->addItem(locale.dayName(day), day);
    m_day->addItem(tr("Monday to Friday"), Weekdays);
    m_day->setAccessibleName(tr("Day of the week"));
    m_time->setDisplayFormat(locale.timeFormat(QLocale::ShortFormat));
    m_time->setAccessibleName(tr("Time of day"));
    m_add->setAccessibleName(tr("Add this posting time"));
    m_remove->setAccessibleName(tr("Remove the selected posting time"));
    const QByteArray system = QTimeZone::systemTimeZoneId();
    m_zone->addItem(tr("System (%1)").arg(QString::fromUtf8(system)), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/') || id == "UTC")
            m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    }
    m_zone->setAccessibleName(tr("Time zone of the posting times"));
    m_priority->setRange(0, 100);
    m_priority->setAccessibleName(tr("Priority"));
    m_jitter->setAccessibleName(tr("Jitter"));

    auto *intro = new QLabel(tr("\"Add to queue\" (Ctrl+Shift+Q in the editor) puts a draft at "
                                "the next of these times that has no post yet for the same "
                                "accounts."),
                             this);
    intro->setWordWrap(true);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_day, 1);
    addRow->addWidget(m_time);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);
    auto *form = new QFormLayout;
    form->addRow(tr("&Social set:"), m_set);
    form->addRow(tr("&Times:"), m_slots);
    form->addRow(QString(), addRow);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(QString(), m_jitter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        keepSet();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_set, &QComboBox::currentIndexChanged, this, [this] {
        keepSet();
        showSet();
    });
    connect(m_add, &QPushButton::clicked, this, &QueueSlotsDialog::addSlot);
    connect(m_remove, &QPushButton::clicked, this, &QueueSlotsDialog::removeSlot);
    connect(m_slots, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    m_set->setEnabled(!sets.isEmpty());
    m_add->setEnabled(!sets.isEmpty());
    showSet();
    setMinimumWidth(460);
}

void QueueSlotsDialog::selectSet(const QString &socialSetId)
{
    const int index = m_set->findData(socialSetId);
    if (index >= 0)
        m_set->setCurrentIndex(index);
}

QHash<QString, QueueSettings> QueueSlotsDialog::edited() const
{
    return m_settings;
}

void QueueSlotsDialog::keepSet()
{
    if (m_shown.isEmpty())
        return;
    QueueSettings &settings = m_settings[m_shown];
    settings.timeZone = m_zone->currentData().toString();
    settings.priority = m_priority->value();
    settings.applyJitter = m_jitter->isChecked();
}

void QueueSlotsDialog::showSet()
{
    m_shown = m_set->currentData().toString();
    const QueueSettings settings = m_settings.value(m_shown);
    m_zone->setCurrentIndex(qMax(0, m_zone->findData(settings.timeZone)));
    m_priority->setValue(settings.priority);
    m_jitter->setChecked(settings.applyJitter);
    fillList();
}

void QueueSlotsDialog::fillList()
{
    m_slots->clear();
    for (const QueueSlot &slot : m_settings.value(m_shown).slots)
        m_slots->addItem(PostingQueueStore::describe(slot, QLocale::LongFormat));
    m_remove->setEnabled(m_slots->currentRow() >= 0);
}

void QueueSlotsDialog::addSlot()
{
    if (m_shown.isEmpty())
        return;
    QList<QueueSlot> &slots = m_settings[m_shown].slots;
    const int chosen = m_day->currentData().toInt();
    const QTime time(m_time->time().hour(), m_time->time().minute());
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        const bool wanted = chosen == Weekdays ? day <= Qt::Friday : day == chosen;
        const QueueSlot slot{day, time};
        if (wanted && !slots.contains(slot))
            slots.append(slot);
    }
    std::sort(slots.begin(), slots.end());
    fillList();
}

void QueueSlotsDialog::removeSlot()
{
    const int row = m_slots->currentRow();
    QList<QueueSlot> &slots = m_settings[m_shown].slots;
    if (row < 0 || row >= slots.size())
        return;
    slots.removeAt(row);
    fillList();
    m_slots->setCurrentRow(qMin(row, int(m_slots->count()) - 1));
}

} // namespace CreatorDesk
