// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/AccountLimits.h"

#include "api/MastodonInstanceClient.h"
#include "text/TwitterConfig.h"

#include <QLocale>

#include <algorithm>

namespace CreatorDesk {

namespace {

std::optional<Platform> platformOf(const LocalDraft::Account &account)
{
    return platformFromId(account.platform);
}

} // namespace

AccountLimits::AccountLimits(Settings *settings, MastodonInstanceClient *instances, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_instances(instances)
{
    connect(m_instances, &MastodonInstanceClient::fetched, this,
            [this](const QString &instance, const InstanceLimits &limits) {
                m_errors.remove(instance);
                m_settings->setInstanceLimits(instance, limits);
                Q_EMIT changed();
            });
    connect(m_instances, &MastodonInstanceClient::failed, this,
            [this](const QString &instance, const QString &message) {
                m_errors.insert(MastodonInstanceClient::normalized(instance), message);
                Q_EMIT changed();
            });
}

Settings::AccountLimitChoice AccountLimits::choice(const QString &accountId) const
{
    return m_settings->accountLimitChoice(accountId);
}

void AccountLimits::setChoice(const LocalDraft::Account &account,
                              const Settings::AccountLimitChoice &choice)
{
    if (choice == this->choice(account.accountId))
        return;
    m_settings->setAccountLimitChoice(account.accountId, choice);
    readMissingInstances({account});
    Q_EMIT changed();
}

QString AccountLimits::instanceOf(const LocalDraft::Account &account) const
{
    const QString chosen = choice(account.accountId).mastodonInstance;
    return MastodonInstanceClient::normalized(chosen.isEmpty() ? account.username : chosen);
}

MastodonCounter::Settings AccountLimits::mastodonLimitOf(const LocalDraft::Account &account) const
{
    MastodonCounter::Settings limits;
    const QString instance = instanceOf(account);
    if (!instance.isEmpty()) {
        if (const auto read = m_settings->instanceLimits(instance)) {
            limits.maxCharacters = read->maxCharacters;
            limits.charactersReservedPerUrl = read->charactersReservedPerUrl;
        }
    }
    if (const auto own = choice(account.accountId).mastodonMaxCharacters)
        limits.maxCharacters = *own;
    return limits;
}

PlatformCounts::Settings AccountLimits::limitsFor(const QList<LocalDraft::Account> &accounts) const
{
    PlatformCounts::Settings limits;
    bool anyX = false;
    bool allPremium = true;
    bool anyMastodon = false;
    for (const LocalDraft::Account &account : accounts) {
        const auto platform = platformOf(account);
        if (platform == Platform::Twitter) {
            anyX = true;
            allPremium = allPremium && choice(account.accountId).xPremium;
        } else if (platform == Platform::Mastodon) {
            const MastodonCounter::Settings own = mastodonLimitOf(account);
            if (!anyMastodon) {
                limits.mastodon = own;
            } else {
                limits.mastodon.maxCharacters =
                    std::min(limits.mastodon.maxCharacters, own.maxCharacters);
                limits.mastodon.charactersReservedPerUrl = std::max(
                    limits.mastodon.charactersReservedPerUrl, own.charactersReservedPerUrl);
            }
            anyMastodon = true;
        }
    }
    limits.xPremium = anyX && allPremium;
    return limits;
}

QString AccountLimits::explain(Platform platform, const QList<LocalDraft::Account> &accounts) const
{
    const QLocale locale;
    QStringList lines;
    for (const LocalDraft::Account &account : accounts) {
        if (platformOf(account) != platform)
            continue;
        const QString name = account.username.isEmpty() ? account.accountId : account.username;
        if (platform == Platform::Twitter) {
            lines.append(
                choice(account.accountId).xPremium
                    ? tr("%1: X Premium, %2 characters")
                          .arg(name,
                               locale.toString(TwitterConfig::v3Premium().maxWeightedTweetLength))
                    : tr("%1: %2 characters (no X Premium)")
                          .arg(name, locale.toString(TwitterConfig::v3().maxWeightedTweetLength)));
            continue;
        }
        if (platform != Platform::Mastodon)
            continue;
        const QString instance = instanceOf(account);
        const MastodonCounter::Settings limits = mastodonLimitOf(account);
        const QString figures = tr("%1 characters, a link counts %2")
                                    .arg(locale.toString(limits.maxCharacters))
                                    .arg(limits.charactersReservedPerUrl);
        if (choice(account.accountId).mastodonMaxCharacters) {
            lines.append(tr("%1: %2 (your own figure)").arg(name, figures));
        } else if (instance.isEmpty()) {
            lines.append(tr("%1: %2 (Mastodon's default: no instance is known for this account)")
                             .arg(name, figures));
        } else if (const auto read = m_settings->instanceLimits(instance)) {
            lines.append(
                tr("%1: %2 (as %3 said on %4)")
                    .arg(name, figures, instance,
                         locale.toString(read->readAt.toLocalTime().date(), QLocale::ShortFormat)));
        } else if (isReading(instance)) {
            lines.append(
                tr("%1: %2 (Mastodon's default while %3 is asked)").arg(name, figures, instance));
        } else {
            const QString error = instanceError(instance);
            lines.append(error.isEmpty()
                             ? tr("%1: %2 (Mastodon's default: %3 was not asked yet)")
                                   .arg(name, figures, instance)
                             : tr("%1: %2 (Mastodon's default: %3)").arg(name, figures, error));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void AccountLimits::readMissingInstances(const QList<LocalDraft::Account> &accounts)
{
    for (const LocalDraft::Account &account : accounts) {
        if (platformOf(account) != Platform::Mastodon)
            continue;
        const QString instance = instanceOf(account);
        if (!instance.isEmpty() && !m_settings->instanceLimits(instance) &&
            !m_errors.contains(instance) && !isReading(instance))
            readInstance(instance);
    }
}

void AccountLimits::readInstance(const QString &instance)
{
    m_instances->fetch(instance);
    Q_EMIT changed();
}

bool AccountLimits::isReading(const QString &instance) const
{
    return m_instances->isFetching(instance);
}

std::optional<InstanceLimits> AccountLimits::instanceLimits(const QString &instance) const
{
    return m_settings->instanceLimits(MastodonInstanceClient::normalized(instance));
}

QString AccountLimits::instanceError(const QString &instance) const
{
    return m_errors.value(MastodonInstanceClient::normalized(instance));
}

} // namespace CreatorDesk
