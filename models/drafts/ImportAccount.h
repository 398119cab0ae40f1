// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Platform.h"
#include "api/dto/ContentDtos.h"

#include <QList>
#include <QString>

namespace CreatorDesk {

// An account an imported row may name in its accounts column, as the social sets list it.
struct ImportAccount
{
    QString accountId;
    Platform platform = Platform::Twitter;
    QString username;
    QString socialSetId;

    // Every account of `sets` whose platform Creator Desk knows.
    static QList<ImportAccount> fromSocialSets(const QList<SocialSet> &sets)
    {
        QList<ImportAccount> accounts;
        for (const SocialSet &set : sets) {
            for (const SocialAccount &account : set.accounts) {
                if (account.platform)
                    accounts.append(
                        {account.accountId, *account.platform, account.username, set.id});
            }
        }
        return accounts;
    }
};

} // namespace CreatorDesk
