// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RequestTracker.h"
#include "api/ApiClient.h"

#include "api/dto/ScheduleDtos.h"

#include <QAbstractListModel>
#include <QPointer>

namespace CreatorDesk {

class LoadState;

// The publishing queue (GET /twitter/schedule) of the active connection, soonest first.
class ScheduleListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DraftIdRole,
        DraftTitleRole,
        ScheduledForRole, // QDateTime, UTC
        PlatformRole,     // the platform's name as the server sent it
        AccountRole,
        StatusRole,
        AttemptsRole,
        LastErrorRole,
        PublishedUrlRole,
    };
    Q_ENUM(Role)

    explicit ScheduleListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    ApiClient *client() const { return m_client; }
    LoadState *loadState() const { return m_state; }

public Q_SLOTS:
    void setClient(CreatorDesk::ApiClient *client);
    void refresh();

private:
    void setItems(QList<ScheduleItem> items);

    QPointer<ApiClient> m_client;
    LoadState *m_state;
    RequestTracker m_request;
    QList<ScheduleItem> m_items;
};

} // namespace CreatorDesk
