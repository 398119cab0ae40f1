// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <variant>

namespace CreatorDesk {

enum class KeyEnvironment { Live, Test };

struct KeyFormat
{
    QString prefix;
    QRegularExpression pattern;
    KeyEnvironment environment = KeyEnvironment::Live;
    QString hint; // how a valid key looks, for messages
    // What follows the prefix, so a mistake can be named precisely.
    enum class Alphabet { Hex, Alphanumeric, Token } bodyAlphabet = Alphabet::Token;
    int bodyMinLength = 1;
    int bodyMaxLength = 256;
};

struct EndpointSpec
{
    QByteArray method;
    QString path; // relative to the base URL; "{id}" is replaced
};

// What Creator Desk knows about one service, loaded from resources/services/<id>.json.
// Adding a service is adding a file, not code.
class ServiceDescriptor final
{
public:
    enum class AuthScheme { Header, Bearer };

    QString id;
    QString name;
    QString description;
    QUrl baseUrl;
    QString sandboxPath; // where the local sandbox serves this service
    AuthScheme authScheme = AuthScheme::Header;
    QByteArray authHeader; // for AuthScheme::Header
    QList<KeyFormat> keyFormats;
    QHash<QString, EndpointSpec> endpoints; // verify, balance, listKeys, createKey, revokeKey
    QStringList capabilities;
    int rateLimitRequests = 0; // 0: not documented
    int verifyCostCredits = 0; // what the "verify" call spends when the key works; 0: free
    int rateLimitPeriodSeconds = 0;

    bool hasCapability(const QString &capability) const
    {
        return capabilities.contains(capability);
    }
    std::optional<EndpointSpec> endpoint(const QString &name) const;

    // The header that carries `key` for this service.
    QByteArray authHeaderName() const;
    QByteArray authHeaderValue(const QString &key) const;

    // The format `key` matches, if any.
    std::optional<KeyFormat> formatOf(const QString &key) const;

    // Reads and validates one descriptor; the error names the file and the field.
    static std::variant<ServiceDescriptor, QString> fromJson(const QByteArray &data,
                                                             const QString &source);
};

} // namespace CreatorDesk
