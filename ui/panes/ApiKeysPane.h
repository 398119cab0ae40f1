// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace CreatorDesk {

class ApiClient;
class RemoteKeyModel;
class RemoteListPanel;

// The API keys the service holds for the signed-in account (masked).
class ApiKeysPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ApiKeysPane(QWidget *parent = nullptr);

    RemoteKeyModel *model() const { return m_model; }
    RemoteListPanel *panel() const { return m_panel; }

public Q_SLOTS:
    void setClient(CreatorDesk::ApiClient *client);
    void refresh();

private:
    RemoteKeyModel *m_model;
    RemoteListPanel *m_panel;
};

} // namespace CreatorDesk
