// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ConnectionRecord.h"

#include "auth/KeyFormatCheck.h"

#include <QCoreApplication>
#include <QUuid>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::ConnectionRecord)
};
} // namespace

QString ConnectionRecord::signInName(const QString &account, const QString &serviceName,
                                     const QString &method)
{
    return Tr::tr("%1 (%2, %3)").arg(account, serviceName, method);
}

QString ConnectionRecord::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ConnectionRecord ConnectionRecord::forKey(const ServiceDescriptor &service,
                                          const QString &displayName, const QUrl &baseUrl,
                                          const QString &key)
{
    const auto format = service.formatOf(key);
    ConnectionRecord record;
    record.serviceId = service.id;
    record.displayName = displayName;
    record.baseUrl = baseUrl;
    record.keyPrefix = KeyFormatCheck::displayPrefix(key, format ? format->prefix : QString());
    if (format)
        record.environment = format->environment;
    return record;
}

} // namespace CreatorDesk
