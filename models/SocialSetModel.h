// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RequestTracker.h"
#include "api/ApiClient.h"

#include <QPointer>
#include <QStandardItemModel>

namespace CreatorDesk {

class LoadState;

// The xAIcreator social sets of the account (GET /social-sets) as a tree: a set, its
// platforms, and the accounts on each platform.
class SocialSetModel final : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Kind { SetItem, PlatformItem, AccountItem };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1,
        SetIdRole,     // on every item: the set it belongs to
        PlatformRole,  // platform and account items: "twitter", "bluesky", ...
        AccountIdRole, // account items
    };
    Q_ENUM(Role)

    explicit SocialSetModel(QObject *parent = nullptr);
    ~SocialSetModel() override;

    ApiClient *client() const { return m_client; }
    LoadState *loadState() const { return m_state; }
    // (id, name) of every set, in the server's order.
    QList<QPair<QString, QString>> sets() const;

    // How a platform's name reads ("X (Twitter)", "Bluesky").
    static QString platformLabel(const QString &platform);

public Q_SLOTS:
    void setClient(CreatorDesk::ApiClient *client);
    void refresh();

private:
    void setSets(const QList<SocialSet> &sets);

    QPointer<ApiClient> m_client;
    LoadState *m_state;
    RequestTracker m_request;
};

} // namespace CreatorDesk
