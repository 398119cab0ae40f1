// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

namespace CreatorDesk {

// "Planned for: [x] <date and time>": an optional moment, to the minute, in the person's time
// zone. Unset, it offers the next full hour.
class PlannedTimeEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit PlannedTimeEdit(QWidget *parent = nullptr);

    QCheckBox *checkBox() const { return m_box; }
    QDateTimeEdit *timeEdit() const { return m_time; }
    // UTC; invalid when not planned.
    QDateTime planned() const;
    // Shows `utc` (invalid: not planned) without emitting plannedEdited.
    void setPlanned(const QDateTime &utc);

Q_SIGNALS:
    // The person changed the time or the box; UTC, invalid when not planned.
    void plannedEdited(const QDateTime &utc);

private:
    void edited();

    QCheckBox *m_box;
    QDateTimeEdit *m_time;
};

} // namespace CreatorDesk
