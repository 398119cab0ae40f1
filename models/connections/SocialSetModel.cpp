// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/SocialSetModel.h"

#include "common/LoadState.h"
#include "connections/SocialSetSource.h"

#include <QFont>
#include <QMap>

namespace CreatorDesk {

SocialSetModel::SocialSetModel(SocialSetSource *source, QObject *parent)
    : QStandardItemModel(parent)
    , m_source(source)
{
    setHorizontalHeaderLabels({tr("Social sets and accounts")});
    connect(m_source, &SocialSetSource::setsChanged, this, [this] { setSets(m_source->sets()); });
    setSets(m_source->sets());
}

SocialSetModel::~SocialSetModel() = default;

ApiClient *SocialSetModel::client() const
{
    return m_source->client();
}

LoadState *SocialSetModel::loadState() const
{
    return m_source->loadState();
}

QString SocialSetModel::platformLabel(const QString &platform)
{
    if (platform == QLatin1String("twitter"))
        return tr("X (Twitter)");
    if (platform == QLatin1String("bluesky"))
        return tr("Bluesky");
    if (platform == QLatin1String("mastodon"))
        return tr("Mastodon");
    if (platform == QLatin1String("threads"))
        return tr("Threads");
    if (platform == QLatin1String("linkedin"))
        return tr("LinkedIn");
    return platform;
}

QList<QPair<QString, QString>> SocialSetModel::sets() const
{
    QList<QPair<QString, QString>> out;
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex set = index(row, 0);
        out.append({set.data(SetIdRole).toString(), set.data(Qt::DisplayRole).toString()});
    }
    return out;
}

void SocialSetModel::setSets(const QList<SocialSet> &sets)
{
    removeRows(0, rowCount());
    for (const SocialSet &set : sets) {
        auto *setItem = new QStandardItem(set.name.isEmpty() ? set.id : set.name);
        setItem->setEditable(false);
        setItem->setData(SetItem, KindRole);
        setItem->setData(set.id, SetIdRole);
        setItem->setToolTip(tr("%n account(s)", nullptr, int(set.accounts.size())));
        QFont bold;
        bold.setBold(true);
        setItem->setFont(bold);
        // Grouped by platform, in the order the platforms first appear.
        QMap<QString, QList<SocialAccount>> byPlatform;
        QStringList order;
        for (const SocialAccount &account : set.accounts) {
            if (!byPlatform.contains(account.platformName))
                order.append(account.platformName);
            byPlatform[account.platformName].append(account);
        }
        for (const QString &platform : std::as_const(order)) {
            auto *platformItem = new QStandardItem(platformLabel(platform));
            platformItem->setEditable(false);
            platformItem->setData(PlatformItem, KindRole);
            platformItem->setData(set.id, SetIdRole);
            platformItem->setData(platform, PlatformRole);
            for (const SocialAccount &account : byPlatform.value(platform)) {
                const QString name = account.username.startsWith(QLatin1Char('@')) ||
                                             account.username.contains(QLatin1Char('.')) ||
                                             account.username.contains(QLatin1Char('@'))
                                         ? account.username
                                         : QLatin1Char('@') + account.username;
                auto *accountItem = new QStandardItem(name);
                accountItem->setEditable(false);
                accountItem->setData(AccountItem, KindRole);
                accountItem->setData(set.id, SetIdRole);
                accountItem->setData(platform, PlatformRole);
                accountItem->setData(account.accountId, AccountIdRole);
                accountItem->setData(account.username, UsernameRole);
                accountItem->setToolTip(account.accountId);
                platformItem->appendRow(accountItem);
            }
            setItem->appendRow(platformItem);
        }
        appendRow(setItem);
    }
}

} // namespace CreatorDesk
