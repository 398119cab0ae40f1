// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/MastodonInstanceClient.h"

#include "api/HttpClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <nlohmann/json.hpp>

namespace CreatorDesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::MastodonInstanceClient)
};

constexpr int TimeoutMs = 10'000;
// An instance answer is a few kilobytes; anything far larger is not one.
constexpr qint64 MaxBodyBytes = 1 << 20;

} // namespace

MastodonInstanceClient::MastodonInstanceClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

QString MastodonInstanceClient::normalized(const QString &text)
{
    QString value = text.trimmed();
    if (value.isEmpty())
        return {};
    if (!value.contains(QLatin1String("://"))) {
        // "@user@host" and "user@host" name the host after the last @.
        const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
        if (at >= 0)
            value = value.mid(at + 1);
        value.prepend(QLatin1String("https://"));
    }
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString host = url.host().toLower();
    if (url.scheme() == QLatin1String("https") && url.port(443) == 443)
        return host;
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return {};
    return QStringLiteral("%1://%2:%3")
        .arg(url.scheme(), host)
        .arg(url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
}

QUrl MastodonInstanceClient::endpointOf(const QString &instance)
{
    const QString key = normalized(instance);
    if (key.isEmpty())
        return {};
    const QString base = key.contains(QLatin1String("://")) ? key : QLatin1String("https://") + key;
    return QUrl(base + QLatin1String("/api/v2/instance"));
}

std::optional<InstanceLimits> MastodonInstanceClient::parse(const QByteArray &body, QString *error)
{
    const auto document = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
    const auto statuses =
        document.is_object()
            ? document.value("configuration", nlohmann::json()).value("statuses", nlohmann::json())
            : nlohmann::json();
    const auto number = [&statuses](const char *field) {
        const auto value =
            statuses.is_object() ? statuses.value(field, nlohmann::json()) : nlohmann::json();
        return value.is_number_integer() ? value.get<qint64>() : qint64(0);
    };
    const qint64 maxCharacters = number("max_characters");
    if (maxCharacters <= 0 || maxCharacters > 1'000'000) {
        if (error)
            *error = Tr::tr("The server's answer has no character limit.");
        return std::nullopt;
    }
    InstanceLimits limits;
    limits.maxCharacters = int(maxCharacters);
    const qint64 perUrl = number("characters_reserved_per_url");
    if (perUrl > 0 && perUrl <= maxCharacters)
        limits.charactersReservedPerUrl = int(perUrl);
    limits.readAt = QDateTime::currentDateTimeUtc();
    return limits;
}

void MastodonInstanceClient::fetch(const QString &instance)
{
    const QString key = normalized(instance);
    if (key.isEmpty()) {
        Q_EMIT failed(instance, Tr::tr("\"%1\" is not the address of a server.").arg(instance));
        return;
    }
    if (m_running.contains(key))
        return;
    QNetworkRequest request(endpointOf(key));
    request.setHeader(QNetworkRequest::UserAgentHeader, HttpClient::userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(TimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_running.insert(key);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxBodyBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, key] {
        reply->deleteLater();
        m_running.remove(key);
        if (reply->error() != QNetworkReply::NoError) {
            Q_EMIT failed(key,
                          Tr::tr("%1 could not be reached: %2").arg(key, reply->errorString()));
            return;
        }
        QString error;
        const auto limits = parse(reply->read(MaxBodyBytes), &error);
        if (!limits) {
            Q_EMIT failed(key,
                          Tr::tr("%1 answered, but not as a Mastodon server: %2").arg(key, error));
            return;
        }
        Q_EMIT fetched(key, *limits);
    });
}

} // namespace CreatorDesk
