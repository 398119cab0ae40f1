// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>
#include <QPointer>
#include <QTimeZone>

namespace CreatorDesk {

class ScheduleModel;

// The schedule as a list, soonest first: one row per platform item with its time (in the
// calendar's zone) and state. It answers the calendars' keys: Delete cancels, Enter edits.
class ScheduleAgendaView final : public QListView
{
    Q_OBJECT

public:
    explicit ScheduleAgendaView(ScheduleModel *model, QWidget *parent = nullptr);

    void setZone(const QTimeZone &zone);
    // Scrolls the first item at or after `start` to the top.
    void scrollToTime(const QDateTime &start);
    // Makes the entry's first item current and scrolls it to the top.
    void showEntry(int entry);
    // The current item's entry (index into the model's entries()), or -1.
    int selectedEntry() const;

Q_SIGNALS:
    void currentEntryChanged();
    void cancelRequested();

private:
    QPointer<ScheduleModel> m_model;
    QTimeZone m_zone;
};

} // namespace CreatorDesk
