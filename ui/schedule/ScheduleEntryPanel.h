// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/ScheduleDtos.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace CreatorDesk {

class ScheduleModel;

// The selected calendar entry in words: its time, and per platform what happened (waiting,
// publishing since when, published where, failed after how many attempts and why), with a
// Retry button for each failed platform and the entry's own actions.
class ScheduleEntryPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleEntryPanel(ScheduleModel *model, QWidget *parent = nullptr);

    // `entry` is an index into the model's entries(), or -1 for none.
    void showEntry(int entry, const QTimeZone &zone);
    QList<QPushButton *> retryButtons() const { return m_retryButtons; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *editButton() const { return m_edit; }
    QString text() const;

Q_SIGNALS:
    void retryRequested(const CreatorDesk::ScheduleItem &item);
    void editRequested();
    void cancelRequested();

private:
    ScheduleModel *m_model;
    QLabel *m_title;
    QLabel *m_when;
    QWidget *m_lines;
    QVBoxLayout *m_linesLayout;
    QPushButton *m_edit;
    QPushButton *m_cancel;
    QList<QPushButton *> m_retryButtons;
    QList<QLabel *> m_lineLabels;
};

} // namespace CreatorDesk
