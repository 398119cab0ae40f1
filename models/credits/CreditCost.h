// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credits/SpendingRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace CreatorDesk {

// What xAIcreator charges (seed 003: "Cost: 10 credits per platform"), said before spending,
// and what a finished call did cost. Pure functions: the publish dialog asks before sending,
// the spending tracker after.
class CreditCost final
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::CreditCost)

public:
    enum class Action {
        Publish,              // POST /twitter/publish: per X account
        Quote,                // POST /twitter/quote: one post
        MultiPlatformPublish, // POST /publish/multi-platform: per target account
        PlatformPublish,      // POST /{bluesky,mastodon,threads,linkedin}/publish: one post
        ScheduledPublish,     // per target, charged when the scheduled post goes out
    };

    static constexpr qint64 PerPost = 10;

    // Credits for `action` to `targets` accounts (a quote or a single-platform post is one).
    static qint64 of(Action action, int targets = 1);
    // Credits still missing; 0 when the balance covers the cost.
    static qint64 shortfall(qint64 cost, qint64 balance);
    static bool isAffordable(qint64 cost, qint64 balance) { return shortfall(cost, balance) == 0; }

    // "This costs 30 credits; you have 20. 10 more are needed." / "...; you have 120, 90 are
    // left after it." / "This costs 30 credits." when the balance is not known.
    static QString sentence(qint64 cost, std::optional<qint64> balance);
    // "Publish to X" etc., for the price list.
    static QString actionName(Action action);
    // "10 credits per account", "10 credits".
    static QString priceText(Action action);
    static QList<Action> allActions();
    // "Your balance covers 12 posts."
    static QString coverage(qint64 balance);

    // What a successful call cost, from its method, path and answer; nothing when the call
    // spends nothing (a read, a schedule, a publish where every target failed).
    static std::optional<SpendingRecord> chargeFor(const QString &method, const QString &path,
                                                   const QByteArray &answer);
};

} // namespace CreatorDesk
