// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace CreatorDesk {

class ApiClient;
class ScheduleModel;
class RemoteListPanel;

// The server's publishing queue of the active connection: what goes out when, and where.
class SchedulePane final : public QWidget
{
    Q_OBJECT

public:
    explicit SchedulePane(QWidget *parent = nullptr);

    ScheduleModel *model() const { return m_model; }
    RemoteListPanel *panel() const { return m_panel; }

public Q_SLOTS:
    void setClient(CreatorDesk::ApiClient *client);
    void refresh();

private:
    ScheduleModel *m_model;
    RemoteListPanel *m_panel;
};

} // namespace CreatorDesk
