// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/LocalDraft.h"
#include "storage/Settings.h"
#include "text/PlatformCounts.h"

#include <QHash>
#include <QObject>

namespace CreatorDesk {

class MastodonInstanceClient;

// Each social account's real limit, for every place that counts (the editor's counters and
// splitter, the publish dialog, the import preview): an X account with X Premium allows 25,000
// weighted characters; a Mastodon account allows what its instance says (read from the
// instance's public endpoint, kept between runs) unless the person gave a figure of their own,
// and Mastodon's 500 and 23 while the instance can't be read. Where a text goes to several
// accounts of one platform, the strictest of them applies.
class AccountLimits final : public QObject
{
    Q_OBJECT

public:
    // Neither is owned; both outlive this object.
    AccountLimits(Settings *settings, MastodonInstanceClient *instances, QObject *parent = nullptr);

    Settings::AccountLimitChoice choice(const QString &accountId) const;
    // Keeps the choice and, for a Mastodon account, reads its instance when not known yet.
    void setChoice(const LocalDraft::Account &account, const Settings::AccountLimitChoice &choice);

    // The instance a Mastodon account posts to: the person's choice, else the host in its
    // name ("me@mastodon.social"); empty when neither names one.
    QString instanceOf(const LocalDraft::Account &account) const;
    PlatformCounts::Settings limitsFor(const QList<LocalDraft::Account> &accounts) const;
    // Where a platform's limit for these accounts comes from, in a sentence (for tooltips).
    QString explain(Platform platform, const QList<LocalDraft::Account> &accounts) const;

    // Reads the instances of these Mastodon accounts that were never read.
    void readMissingInstances(const QList<LocalDraft::Account> &accounts);
    void readInstance(const QString &instance);
    bool isReading(const QString &instance) const;
    // What `instance` said when it was last read; nullopt when it never was.
    std::optional<InstanceLimits> instanceLimits(const QString &instance) const;
    // Why the instance's last reading failed; empty when it did not.
    QString instanceError(const QString &instance) const;

Q_SIGNALS:
    // A choice or an instance's limits changed: counts should be made again.
    void changed();

private:
    MastodonCounter::Settings mastodonLimitOf(const LocalDraft::Account &account) const;

    Settings *m_settings;
    MastodonInstanceClient *m_instances;
    QHash<QString, QString> m_errors; // by instance
};

} // namespace CreatorDesk
