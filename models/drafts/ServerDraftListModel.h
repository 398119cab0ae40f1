// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "common/RequestTracker.h"

#include "api/dto/ContentDtos.h"

#include <QAbstractListModel>
#include <QPointer>

namespace CreatorDesk {

class LoadState;

// The server's drafts (GET /twitter/drafts) of the active connection, newest change first: all
// of them, or one social set's.
class ServerDraftListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        StatusRole,
        PostCountRole,
        CreatedRole, // QDateTime, UTC
        UpdatedRole, // QDateTime, UTC
        FirstPostTextRole,
        ScheduledForRole, // QDateTime, UTC; invalid when not scheduled
        SocialSetIdRole,
    };
    Q_ENUM(Role)

    explicit ServerDraftListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    ApiClient *client() const { return m_client; }
    // The social set whose drafts are listed (GET /twitter/drafts?socialSetId=); empty: all.
    QString socialSetId() const { return m_socialSetId; }
    LoadState *loadState() const { return m_state; }
    const QList<Draft> &drafts() const { return m_drafts; }

public Q_SLOTS:
    // Empties the model and, with a client, loads all its drafts.
    void setClient(CreatorDesk::ApiClient *client);
    // Lists only this social set's drafts from now on (empty: every set's), loading them again.
    void setSocialSetId(const QString &socialSetId);
    void refresh();

private:
    void setDrafts(QList<Draft> drafts);

    QPointer<ApiClient> m_client;
    LoadState *m_state;
    RequestTracker m_request;
    QList<Draft> m_drafts;
    QString m_socialSetId;
};

} // namespace CreatorDesk
