// SPDX-License-Identifier: GPL-3.0-or-later
#include "credits/CreditCost.h"

#include "api/Platform.h"
#include "api/dto/JsonFields.h"
#include "api/dto/PublishDtos.h"

#include <QRegularExpression>

#include <limits>

namespace CreatorDesk {

namespace {

int clampToInt(qint64 value)
{
    return int(qBound(qint64(std::numeric_limits<int>::min()), value,
                      qint64(std::numeric_limits<int>::max())));
}

} // namespace

qint64 CreditCost::of(Action action, int targets)
{
    switch (action) {
    case Action::Quote:
    case Action::PlatformPublish:
        return PerPost;
    case Action::Publish:
    case Action::MultiPlatformPublish:
    case Action::ScheduledPublish:
        return PerPost * qMax(0, targets);
    }
    return 0;
}

qint64 CreditCost::shortfall(qint64 cost, qint64 balance)
{
    return qMax<qint64>(0, cost - qMax<qint64>(0, balance));
}

QString CreditCost::sentence(qint64 cost, std::optional<qint64> balance)
{
    const int price = clampToInt(cost);
    if (!balance)
        return tr("This costs %n credits. The balance is not known yet.", nullptr, price);
    const int have = clampToInt(qMax<qint64>(0, *balance));
    const qint64 missing = shortfall(cost, *balance);
    const QString costs = tr("This costs %n credits;", nullptr, price);
    if (missing > 0)
        return tr("%1 you have %2. %n more are needed.", nullptr, clampToInt(missing))
            .arg(costs, QString::number(have));
    return tr("%1 you have %2, and %n will be left after it.", nullptr, clampToInt(*balance - cost))
        .arg(costs, QString::number(have));
}

QString CreditCost::actionName(Action action)
{
    switch (action) {
    case Action::Publish:
        return tr("Publish to X");
    case Action::Quote:
        return tr("Quote a post on X");
    case Action::MultiPlatformPublish:
        return tr("Publish to several platforms");
    case Action::PlatformPublish:
        return tr("Post to Bluesky, Mastodon, Threads or LinkedIn");
    case Action::ScheduledPublish:
        return tr("Scheduled post (charged when it goes out)");
    }
    return {};
}

QString CreditCost::priceText(Action action)
{
    switch (action) {
    case Action::Quote:
    case Action::PlatformPublish:
        return tr("%n credits", nullptr, int(PerPost));
    case Action::Publish:
    case Action::MultiPlatformPublish:
    case Action::ScheduledPublish:
        return tr("%n credits per account", nullptr, int(PerPost));
    }
    return {};
}

QList<CreditCost::Action> CreditCost::allActions()
{
    return {Action::Publish, Action::MultiPlatformPublish, Action::PlatformPublish, Action::Quote,
            Action::ScheduledPublish};
}

QString CreditCost::coverage(qint64 balance)
{
    return tr("Your balance covers %n posts.", nullptr,
              clampToInt(qMax<qint64>(0, balance) / PerPost));
}

std::optional<SpendingRecord> CreditCost::chargeFor(const QString &method, const QString &path,
                                                    const QByteArray &answer)
{
    if (method.compare(QLatin1String("POST"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    SpendingRecord record;
    if (path == QLatin1String("/twitter/publish") ||
        path == QLatin1String("/publish/multi-platform")) {
        int succeeded = 0;
        try {
            succeeded = PublishOutcome::fromJson(Json::parseObject(answer)).summary.succeeded;
        } catch (const std::exception &) {
            return std::nullopt; // an answer that says nothing about what was posted
        }
        if (succeeded <= 0)
            return std::nullopt;
        const bool multi = path == QLatin1String("/publish/multi-platform");
        record.credits = of(multi ? Action::MultiPlatformPublish : Action::Publish, succeeded);
        record.what = multi ? tr("Published to %n accounts (multi-platform)", nullptr, succeeded)
                            : tr("Published to %n X accounts", nullptr, succeeded);
        return record;
    }
    if (path == QLatin1String("/twitter/quote")) {
        record.credits = of(Action::Quote);
        record.what = tr("Quoted a post on X");
        return record;
    }
    static const QRegularExpression single(QStringLiteral("^/(\\w+)/publish$"));
    const QRegularExpressionMatch match = single.match(path);
    if (!match.hasMatch())
        return std::nullopt;
    const std::optional<Platform> platform = platformFromId(match.captured(1));
    if (!platform || *platform == Platform::Twitter)
        return std::nullopt;
    record.credits = of(Action::PlatformPublish);
    record.what = tr("Posted to %1").arg(platformDisplayName(*platform));
    return record;
}

} // namespace CreatorDesk
