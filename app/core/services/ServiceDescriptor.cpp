// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ServiceDescriptor.h"

#include "api/dto/JsonFields.h"
#include "services/UrlPolicy.h"

#include <QCoreApplication>

namespace CreatorDesk {

using namespace Json;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::ServiceDescriptor)
};

const QStringList knownEndpoints = {QStringLiteral("verify"), QStringLiteral("balance"),
                                    QStringLiteral("listKeys"), QStringLiteral("createKey"),
                                    QStringLiteral("revokeKey")};

KeyFormat readKeyFormat(const json &object)
{
    KeyFormat format;
    format.prefix = requireString(object, "prefix");
    format.pattern = QRegularExpression(requireString(object, "pattern"));
    if (!format.pattern.isValid())
        throw DtoError("field \"pattern\" is not a valid regular expression: " +
                       format.pattern.errorString().toStdString());
    if (!format.pattern.pattern().startsWith(QLatin1Char('^')) ||
        !format.pattern.pattern().endsWith(QLatin1Char('$')))
        throw DtoError("field \"pattern\" must be anchored with ^ and $");
    const QString environment = requireString(object, "environment");
    if (environment == QLatin1String("live"))
        format.environment = KeyEnvironment::Live;
    else if (environment == QLatin1String("test"))
        format.environment = KeyEnvironment::Test;
    else
        throw DtoError("field \"environment\" must be \"live\" or \"test\"");
    format.hint = requireString(object, "hint");
    const QString alphabet = requireString(object, "bodyAlphabet");
    if (alphabet == QLatin1String("hex"))
        format.bodyAlphabet = KeyFormat::Alphabet::Hex;
    else if (alphabet == QLatin1String("alphanumeric"))
        format.bodyAlphabet = KeyFormat::Alphabet::Alphanumeric;
    else if (alphabet == QLatin1String("token"))
        format.bodyAlphabet = KeyFormat::Alphabet::Token;
    else
        throw DtoError("field \"bodyAlphabet\" must be hex, alphanumeric or token");
    const json &length = requireArray(object, "bodyLength");
    if (length.size() != 2 || !length[0].is_number_integer() || !length[1].is_number_integer() ||
        length[0].get<int>() < 1 || length[1].get<int>() < length[0].get<int>())
        throw DtoError("field \"bodyLength\" must be [minimum, maximum]");
    format.bodyMinLength = length[0].get<int>();
    format.bodyMaxLength = length[1].get<int>();
    if (format.prefix.isEmpty())
        throw DtoError("field \"prefix\" must not be empty");
    return format;
}

EndpointSpec readEndpoint(const json &object)
{
    EndpointSpec endpoint;
    endpoint.method = requireString(object, "method").toLatin1();
    static const QList<QByteArray> methods = {"GET", "POST", "PUT", "PATCH", "DELETE"};
    if (!methods.contains(endpoint.method))
        throw DtoError("field \"method\" must be one of GET, POST, PUT, PATCH, DELETE");
    endpoint.path = requireString(object, "path");
    if (!endpoint.path.startsWith(QLatin1Char('/')))
        throw DtoError("field \"path\" must start with /");
    return endpoint;
}

ServiceDescriptor read(const json &object)
{
    ServiceDescriptor descriptor;
    descriptor.id = requireString(object, "id");
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9-]{1,31}$"));
    if (!idPattern.match(descriptor.id).hasMatch())
        throw DtoError("field \"id\" must be lower-case letters, digits and -");
    descriptor.name = requireString(object, "name");
    descriptor.description = optionalString(object, "description");
    descriptor.baseUrl = requireUrl(object, "baseUrl");
    if (const QString problem = UrlPolicy::violation(descriptor.baseUrl); !problem.isEmpty())
        throw DtoError("field \"baseUrl\": " + problem.toStdString());
    descriptor.sandboxPath = requireString(object, "sandboxPath");
    if (!descriptor.sandboxPath.startsWith(QLatin1Char('/')))
        throw DtoError("field \"sandboxPath\" must start with /");

    const json &auth = requireObject(object, "auth");
    const QString scheme = requireString(auth, "scheme");
    if (scheme == QLatin1String("bearer")) {
        descriptor.authScheme = ServiceDescriptor::AuthScheme::Bearer;
    } else if (scheme == QLatin1String("header")) {
        descriptor.authScheme = ServiceDescriptor::AuthScheme::Header;
        descriptor.authHeader = requireString(auth, "header").toLatin1();
        if (descriptor.authHeader.isEmpty())
            throw DtoError("field \"auth.header\" must not be empty");
    } else {
        throw DtoError("field \"auth.scheme\" must be \"header\" or \"bearer\"");
    }

    descriptor.keyFormats = readArray<KeyFormat>(object, "keyFormats", &readKeyFormat);
    if (descriptor.keyFormats.isEmpty())
        throw DtoError("field \"keyFormats\" must list at least one format");

    const json &endpoints = requireObject(object, "endpoints");
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
        const QString name = QString::fromStdString(it.key());
        if (!knownEndpoints.contains(name))
            throw DtoError("endpoint \"" + it.key() + "\" is not one Creator Desk knows");
        expectObject(it.value(), it.key().c_str());
        descriptor.endpoints.insert(name, readEndpoint(it.value()));
    }
    if (!descriptor.endpoints.contains(QStringLiteral("verify")))
        throw DtoError("field \"endpoints.verify\" is missing");

    descriptor.capabilities = optionalStringList(object, "capabilities");
    // A verification that spends credits costs what the descriptor says, at least one.
    if (descriptor.hasCapability(QStringLiteral("spendsCreditsToVerify"))) {
        descriptor.verifyCostCredits =
            object.contains("verifyCostCredits")
                ? static_cast<int>(requireInteger(object, "verifyCostCredits"))
                : 1;
        if (descriptor.verifyCostCredits < 1)
            throw DtoError("field \"verifyCostCredits\" must be at least 1");
    }
    if (object.contains("rateLimit") && !object["rateLimit"].is_null()) {
        const json &rateLimit = requireObject(object, "rateLimit");
        descriptor.rateLimitRequests = static_cast<int>(requireInteger(rateLimit, "requests"));
        descriptor.rateLimitPeriodSeconds =
            static_cast<int>(requireInteger(rateLimit, "periodSeconds"));
    }
    return descriptor;
}

} // namespace

std::optional<EndpointSpec> ServiceDescriptor::endpoint(const QString &name) const
{
    const auto it = endpoints.constFind(name);
    if (it == endpoints.constEnd())
        return std::nullopt;
    return *it;
}

QByteArray ServiceDescriptor::authHeaderName() const
{
    return authScheme == AuthScheme::Bearer ? QByteArray("Authorization") : authHeader;
}

QByteArray ServiceDescriptor::authHeaderValue(const QString &key) const
{
    return authScheme == AuthScheme::Bearer ? "Bearer " + key.toUtf8() : key.toUtf8();
}

std::optional<KeyFormat> ServiceDescriptor::formatOf(const QString &key) const
{
    for (const KeyFormat &format : keyFormats) {
        if (format.pattern.match(key).hasMatch())
            return format;
    }
    return std::nullopt;
}

std::variant<ServiceDescriptor, QString> ServiceDescriptor::fromJson(const QByteArray &data,
                                                                     const QString &source)
{
    try {
        return read(parseObject(data));
    } catch (const DtoError &error) {
        return Tr::tr("The service description %1 is invalid: %2")
            .arg(source, QString::fromStdString(error.what()));
    }
}

} // namespace CreatorDesk
