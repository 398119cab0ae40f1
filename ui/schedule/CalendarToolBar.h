// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimeZone>
#include <QWidget>

class QAction;
class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QLabel;

namespace CreatorDesk {

// The schedule pane's navigation row: previous / today / next, the period shown, the load
// state, the view (month, week, agenda: ids 0, 1, 2), the time zone, undo and refresh.
class CalendarToolBar final : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarToolBar(QAction *undo, QWidget *parent = nullptr);

    QComboBox *zoneBox() const { return m_zoneBox; }
    void setRangeText(const QString &text);
    void setStateText(const QString &text);
    void setView(int view);
    void setZone(const QTimeZone &zone);
    // A button of the pane's own, before the refresh button.
    void addButton(QWidget *button);

Q_SIGNALS:
    void previousRequested();
    void todayRequested();
    void nextRequested();
    void viewChosen(int view);
    void zoneChosen(const QTimeZone &zone);
    void refreshRequested();

private:
    QLabel *m_range;
    QLabel *m_state;
    QComboBox *m_zoneBox;
    QButtonGroup *m_views;
    QHBoxLayout *m_row;
};

} // namespace CreatorDesk
