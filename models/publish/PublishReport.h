// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/ContentDtos.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace CreatorDesk {

// How a publish went for one account.
struct AccountOutcome
{
    enum class State { Published, Failed, Unknown };

    SocialAccount account;
    State state = State::Failed;
    QString postId;
    QUrl postUrl;    // opens in the browser, when the platform gives one
    QString message; // for Failed and Unknown: what happened, in words
    QString errorCode;
    QString jobId;        // X: the job this account went out in, so a check can repeat it safely
    bool notSent = false; // Failed before reaching the server (offline): safe to send later
    bool blocked = false; // Failed because the plan held it back (over a limit): not sent
};

struct PublishReport
{
    QString serverDraftId;
    QList<AccountOutcome> outcomes;

    int count(AccountOutcome::State state) const
    {
        return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                 [state](const AccountOutcome &o) { return o.state == state; }));
    }
    QList<SocialAccount> accountsIn(AccountOutcome::State state) const
    {
        QList<SocialAccount> accounts;
        for (const AccountOutcome &outcome : outcomes) {
            if (outcome.state == state)
                accounts.append(outcome.account);
        }
        return accounts;
    }
};

} // namespace CreatorDesk

Q_DECLARE_METATYPE(CreatorDesk::AccountOutcome)
Q_DECLARE_METATYPE(CreatorDesk::PublishReport)
