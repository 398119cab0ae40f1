// SPDX-License-Identifier: GPL-3.0-or-later
#include "SocialSetModel.h"

#include "LoadState.h"

#include <QFont>
#include <QMap>

namespace CreatorDesk {

SocialSetModel::SocialSetModel(QObject *parent)
    : QStandardItemModel(parent)
    , m_state(new LoadState(this))
{
    setHorizontalHeaderLabels({tr("Social sets and accounts")});
}

SocialSetModel::~SocialSetModel()
{
    m_request.cancel();
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

void SocialSetModel::setClient(ApiClient *client)
{
    if (m_client == client)
        return;
    m_request.cancel();
    m_client = client;
    removeRows(0, rowCount());
    m_state->reset();
    if (m_client)
        refresh();
}

void SocialSetModel::refresh()
{
    if (!m_client)
        return;
    const int ticket = m_request.next();
    m_state->start();
    m_request.track(m_client->socialSets(this, [this, ticket](const Result<SocialSetList> &result) {
        if (!m_request.isCurrent(ticket))
            return;
        if (!result) {
            m_state->fail(result.error().userMessage());
            return;
        }
        setSets(result.value().socialSets);
        m_state->succeed();
    }));
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
                accountItem->setToolTip(account.accountId);
                platformItem->appendRow(accountItem);
            }
            setItem->appendRow(platformItem);
        }
        appendRow(setItem);
    }
}

} // namespace CreatorDesk
