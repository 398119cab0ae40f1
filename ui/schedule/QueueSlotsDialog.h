// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PostingQueueStore.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace CreatorDesk {

// "Posting times…": each social set's weekly posting times, their time zone and how a queued
// draft is scheduled (priority, jitter). Changes are kept only with OK.
class QueueSlotsDialog final : public QDialog
{
    Q_OBJECT

public:
    struct SocialSetName
    {
        QString id;
        QString name;
    };
    QueueSlotsDialog(const QList<SocialSetName> &sets, const QHash<QString, QueueSettings> &current,
                     QWidget *parent = nullptr);

    // The settings as edited, by social set id (every set shown).
    QHash<QString, QueueSettings> edited() const;
    void selectSet(const QString &socialSetId);

    QComboBox *setBox() const { return m_set; }
    QListWidget *slotList() const { return m_slots; }
    QComboBox *dayBox() const { return m_day; }
    QTimeEdit *timeEdit() const { return m_time; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QComboBox *zoneBox() const { return m_zone; }

    // Weekdays: the value of the "Monday to Friday" entry of the day box.
    static constexpr int Weekdays = 8;

private:
    void showSet();
    void keepSet();
    void addSlot();
    void removeSlot();
    void fillList();

    QHash<QString, QueueSettings> m_settings;
    QString m_shown;
    QComboBox *m_set;
    QListWidget *m_slots;
    QComboBox *m_day;
    QTimeEdit *m_time;
    QPushButton *m_add;
    QPushButton *m_remove;
    QComboBox *m_zone;
    QSpinBox *m_priority;
    QCheckBox *m_jitter;
};

} // namespace CreatorDesk
