// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace CreatorDesk {

// One spending call the app made itself: what, when, what it cost and the balance after it
// (known once the balance has been asked again).
struct SpendingRecord
{
    QDateTime when;        // UTC
    QString connectionKey; // which account: service id and base URL, never a key
    QString connectionName;
    QString what;
    qint64 credits = 0;
    std::optional<qint64> balanceAfter;

    QJsonObject toJson() const;
    // Nothing for an object without a valid time or with a negative cost.
    static std::optional<SpendingRecord> fromJson(const QJsonObject &object);
    bool operator==(const SpendingRecord &) const = default;
};

} // namespace CreatorDesk

Q_DECLARE_METATYPE(CreatorDesk::SpendingRecord)
