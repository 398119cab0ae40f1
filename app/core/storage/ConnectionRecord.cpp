// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionRecord.h"

#include "auth/KeyFormatCheck.h"

namespace CreatorDesk {

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
