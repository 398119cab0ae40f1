// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PostingQueueStore.h"

#include "storage/AppPaths.h"
#include "storage/DataFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace CreatorDesk {

namespace {

const auto TimeFormat = QStringLiteral("HH:mm");

QJsonObject toJson(const QueueSettings &settings)
{
    QJsonArray slots;
    for (const QueueSlot &slot : settings.slots)
        slots.append(QJsonObject{{QStringLiteral("day"), slot.day},
                                 {QStringLiteral("time"), slot.time.toString(TimeFormat)}});
    return {{QStringLiteral("slots"), slots},
            {QStringLiteral("timeZone"), settings.timeZone},
            {QStringLiteral("priority"), settings.priority},
            {QStringLiteral("applyJitter"), settings.applyJitter}};
}

QueueSettings fromJson(const QJsonObject &object)
{
    QueueSettings settings;
    for (const QJsonValue &value : object.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject slot = value.toObject();
        const int day = slot.value(QStringLiteral("day")).toInt();
        const QTime time =
            QTime::fromString(slot.value(QStringLiteral("time")).toString(), TimeFormat);
        if (day >= Qt::Monday && day <= Qt::Sunday && time.isValid())
            settings.slots.append({day, time});
    }
    std::sort(settings.slots.begin(), settings.slots.end());
    settings.slots.erase(std::unique(settings.slots.begin(), settings.slots.end()),
                         settings.slots.end());
    settings.timeZone = object.value(QStringLiteral("timeZone")).toString();
    settings.priority = object.value(QStringLiteral("priority")).toInt();
    settings.applyJitter = object.value(QStringLiteral("applyJitter")).toBool(true);
    return settings;
}

} // namespace

PostingQueueStore::PostingQueueStore(const QString &file)
    : m_file(file.isEmpty() ? AppPaths::postingQueueFile() : file)
{
    reload();
}

void PostingQueueStore::reload()
{
    m_queues.clear();
    m_error.clear();
    const DataFile::Read read = DataFile::read(m_file);
    if (!read.error.isEmpty()) {
        m_error = read.error;
        return;
    }
    if (!read.bytes || read.bytes->isEmpty())
        return;
    const QJsonDocument document = QJsonDocument::fromJson(*read.bytes);
    const QJsonObject sets = document.object().value(QStringLiteral("socialSets")).toObject();
    for (auto it = sets.constBegin(); it != sets.constEnd(); ++it)
        m_queues.insert(it.key(), fromJson(it.value().toObject()));
}

QueueSettings PostingQueueStore::settings(const QString &socialSetId) const
{
    return m_queues.value(socialSetId);
}

bool PostingQueueStore::setSettings(const QString &socialSetId, QueueSettings settings)
{
    std::sort(settings.slots.begin(), settings.slots.end());
    settings.slots.erase(std::unique(settings.slots.begin(), settings.slots.end()),
                         settings.slots.end());
    QHash<QString, QueueSettings> queues = m_queues;
    queues.insert(socialSetId, settings);
    QJsonObject sets;
    for (auto it = queues.constBegin(); it != queues.constEnd(); ++it)
        sets.insert(it.key(), toJson(it.value()));
    const QByteArray bytes = QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                       {QStringLiteral("socialSets"), sets}})
                                 .toJson(QJsonDocument::Indented);
    m_error = DataFile::write(m_file, bytes);
    if (!m_error.isEmpty())
        return false;
    m_queues = queues;
    return true;
}

QString PostingQueueStore::describe(const QList<QueueSlot> &slots)
{
    QStringList parts;
    for (const QueueSlot &slot : slots)
        parts.append(describe(slot));
    return parts.join(QStringLiteral(", "));
}

QString PostingQueueStore::describe(const QueueSlot &slot, QLocale::FormatType dayFormat)
{
    const QLocale locale;
    return locale.dayName(slot.day, dayFormat) + QLatin1Char(' ') +
           locale.toString(slot.time, QLocale::ShortFormat);
}

} // namespace CreatorDesk
