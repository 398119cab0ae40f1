// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/InstanceLimits.h"

#include <QObject>
#include <QSet>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace CreatorDesk {

// Reads a Mastodon instance's character limits from its public, key-less instance endpoint
// (GET https://INSTANCE/api/v2/instance). One request per instance at a time.
class MastodonInstanceClient final : public QObject
{
    Q_OBJECT

public:
    // `network` is not owned.
    explicit MastodonInstanceClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // The instance's key for caches: "mastodon.social" for "mastodon.social",
    // "https://mastodon.social/", "@me@mastodon.social"; an http:// address (a local test
    // server) keeps its scheme and port. Empty when `text` names no host.
    static QString normalized(const QString &text);
    static QUrl endpointOf(const QString &instance);
    // configuration.statuses of an Instance (v2) entity; nullopt (and `error`) when the body
    // is not one or the figures are not positive.
    static std::optional<InstanceLimits> parse(const QByteArray &body, QString *error = nullptr);

    void fetch(const QString &instance);
    bool isFetching(const QString &instance) const
    {
        return m_running.contains(normalized(instance));
    }

Q_SIGNALS:
    void fetched(const QString &instance, const CreatorDesk::InstanceLimits &limits);
    void failed(const QString &instance, const QString &message);

private:
    QNetworkAccessManager *m_network;
    QSet<QString> m_running;
};

} // namespace CreatorDesk
