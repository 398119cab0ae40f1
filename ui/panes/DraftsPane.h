// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace CreatorDesk {

class ApiClient;
class DraftListModel;
class RemoteListPanel;

// The server's drafts of the active connection.
class DraftsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DraftsPane(QWidget *parent = nullptr);

    DraftListModel *model() const { return m_model; }
    RemoteListPanel *panel() const { return m_panel; }

public Q_SLOTS:
    void setClient(CreatorDesk::ApiClient *client);
    void refresh();

private:
    DraftListModel *m_model;
    RemoteListPanel *m_panel;
};

} // namespace CreatorDesk
