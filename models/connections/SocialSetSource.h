// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "common/RequestTracker.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace CreatorDesk {

class LoadState;

// The account's social sets (GET /social-sets), fetched once for every model that shows them:
// SocialSetModel's tree on the keys pane and the TargetAccountModel checklists of the editor
// and the schedule. Fetched again when the client changes or refresh() is asked for.
class SocialSetSource final : public QObject
{
    Q_OBJECT

public:
    explicit SocialSetSource(QObject *parent = nullptr);
    ~SocialSetSource() override;

    ApiClient *client() const { return m_client; }
    LoadState *loadState() const { return m_state; }
    // The last list the server gave, in its order; empty without a client.
    const QList<SocialSet> &sets() const { return m_sets; }

public Q_SLOTS:
    void setClient(CreatorDesk::ApiClient *client);
    void refresh();

Q_SIGNALS:
    // A new list (or none, when the client changed).
    void setsChanged();

private:
    QPointer<ApiClient> m_client;
    LoadState *m_state;
    RequestTracker m_request;
    QList<SocialSet> m_sets;
};

} // namespace CreatorDesk
