// SPDX-License-Identifier: GPL-3.0-or-later
#include "credits/SpendingRecord.h"

#include <QJsonValue>

namespace CreatorDesk {

QJsonObject SpendingRecord::toJson() const
{
    QJsonObject object{
        {QStringLiteral("when"), when.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("connection"), connectionKey},
        {QStringLiteral("connectionName"), connectionName},
        {QStringLiteral("what"), what},
        {QStringLiteral("credits"), credits},
    };
    if (balanceAfter)
        object.insert(QStringLiteral("balanceAfter"), *balanceAfter);
    return object;
}

std::optional<SpendingRecord> SpendingRecord::fromJson(const QJsonObject &object)
{
    SpendingRecord record;
    record.when =
        QDateTime::fromString(object.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs);
    if (!record.when.isValid())
        return std::nullopt;
    record.when = record.when.toUTC();
    record.connectionKey = object.value(QStringLiteral("connection")).toString();
    record.connectionName = object.value(QStringLiteral("connectionName")).toString();
    record.what = object.value(QStringLiteral("what")).toString();
    const QJsonValue credits = object.value(QStringLiteral("credits"));
    if (!credits.isDouble() || credits.toInteger(-1) < 0)
        return std::nullopt;
    record.credits = credits.toInteger();
    const QJsonValue balance = object.value(QStringLiteral("balanceAfter"));
    if (balance.isDouble())
        record.balanceAfter = balance.toInteger();
    return record;
}

} // namespace CreatorDesk
