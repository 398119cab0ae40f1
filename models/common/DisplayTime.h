// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QString>

namespace CreatorDesk {

// Local time, to the minute: the locale's short time format without its seconds.
inline QString displayLocalDateTime(const QDateTime &utc)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]?s+"));
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(seconds);
    const QDateTime local = utc.toLocalTime();
    return QLocale().toString(local.date(), QStringLiteral("d MMM yyyy")) + QLatin1String(", ") +
           QLocale().toString(local.time(), timeFormat);
}

} // namespace CreatorDesk
