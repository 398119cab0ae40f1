// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <stdexcept>

namespace CreatorDesk::Json {

using nlohmann::json;

// Thrown by the readers below; its text names the field and what was wrong with it.
class DtoError final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Parses a body into a JSON object or throws DtoError.
json parseObject(const QByteArray &body);

const json &requireObject(const json &parent, const char *key);
const json &requireArray(const json &parent, const char *key);
void expectObject(const json &value, const char *what);
// Answers that carry `success` must not say false on a 2xx.
void expectNotFailed(const json &object);

QString requireString(const json &object, const char *key);
QString optionalString(const json &object, const char *key); // null or absent: empty
QUrl requireUrl(const json &object, const char *key);
// A JSON number as a qint64: an integer inside qint64's range, or a float inside it cut to a
// whole number (`hadFraction` says whether it had one). Nothing for anything else.
std::optional<qint64> toInt64(const json &value, bool *hadFraction = nullptr);
qint64 requireInteger(const json &object, const char *key);
std::optional<qint64> optionalInteger(const json &object, const char *key);
double optionalNumber(const json &object, const char *key, double fallback);
bool requireBool(const json &object, const char *key);
std::optional<bool> optionalBool(const json &object, const char *key);
QDateTime requireDateTime(const json &object, const char *key);
QDateTime optionalDateTime(const json &object, const char *key); // null or absent: invalid
QStringList optionalStringList(const json &object, const char *key);

std::string toStd(const QString &text);
json stringArray(const QStringList &list);
QString isoUtc(const QDateTime &time); // 2026-01-15T10:00:00Z

// Reads every element of an array field with `read`, naming the index on failure.
template<typename T, typename Reader>
QList<T> readArray(const json &object, const char *key, Reader read)
{
    const json &array = requireArray(object, key);
    QList<T> items;
    items.reserve(static_cast<qsizetype>(array.size()));
    for (std::size_t i = 0; i < array.size(); ++i) {
        try {
            expectObject(array[i], key);
            items.append(read(array[i]));
        } catch (const DtoError &error) {
            throw DtoError(std::string(key) + "[" + std::to_string(i) + "]: " + error.what());
        }
    }
    return items;
}

} // namespace CreatorDesk::Json
