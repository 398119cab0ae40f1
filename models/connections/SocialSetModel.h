// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/ContentDtos.h"

#include <QPointer>
#include <QStandardItemModel>

namespace CreatorDesk {

class ApiClient;
class LoadState;
class SocialSetSource;

// The xAIcreator social sets of the account (GET /social-sets, from a SocialSetSource) as a
// tree: a set, its platforms, and the accounts on each platform.
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
        UsernameRole,  // account items: the name as the server gave it
    };
    Q_ENUM(Role)

    // `source` is not owned and outlives the model.
    explicit SocialSetModel(SocialSetSource *source, QObject *parent = nullptr);
    ~SocialSetModel() override;

    SocialSetSource *source() const { return m_source; }
    ApiClient *client() const;
    LoadState *loadState() const;
    // (id, name) of every set, in the server's order.
    QList<QPair<QString, QString>> sets() const;

    // How a platform's name reads ("X (Twitter)", "Bluesky").
    static QString platformLabel(const QString &platform);

private:
    void setSets(const QList<SocialSet> &sets);

    SocialSetSource *m_source;
};

} // namespace CreatorDesk
