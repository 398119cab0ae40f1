// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/dto/JsonFields.h"

#include <cstdint>
#include <limits>

namespace CreatorDesk::Json {

namespace {

const char *typeName(const json &value)
{
    return value.is_null() ? "null" : value.type_name();
}

[[noreturn]] void fail(const char *key, const std::string &problem)
{
    throw DtoError(std::string("field \"") + key + "\" " + problem);
}

const json *find(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const json &require(const json &object, const char *key)
{
    const json *value = find(object, key);
    if (!value)
        fail(key, "is missing");
    return *value;
}

QDateTime parseTime(const char *key, const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        fail(key, "is not an ISO 8601 time: \"" + text.left(40).toStdString() + "\"");
    return time.toUTC();
}

} // namespace

json parseObject(const QByteArray &body)
{
    json value = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (value.is_discarded())
        throw DtoError("the body is not valid JSON");
    if (!value.is_object())
        throw DtoError(std::string("the body is a JSON ") + typeName(value) + ", not an object");
    return value;
}

void expectObject(const json &value, const char *what)
{
    if (!value.is_object())
        throw DtoError(std::string(what) + " must be an object, not " + typeName(value));
}

void expectNotFailed(const json &object)
{
    if (optionalBool(object, "success") == false)
        throw DtoError("the answer says \"success\": false");
}

const json &requireObject(const json &parent, const char *key)
{
    const json &value = require(parent, key);
    if (!value.is_object())
        fail(key, std::string("must be an object, not ") + typeName(value));
    return value;
}

const json &requireArray(const json &parent, const char *key)
{
    const json &value = require(parent, key);
    if (!value.is_array())
        fail(key, std::string("must be an array, not ") + typeName(value));
    return value;
}

QString requireString(const json &object, const char *key)
{
    const json &value = require(object, key);
    if (!value.is_string())
        fail(key, std::string("must be a string, not ") + typeName(value));
    return QString::fromStdString(value.get<std::string>());
}

QString optionalString(const json &object, const char *key)
{
    const json *value = find(object, key);
    if (!value || value->is_null())
        return {};
    if (!value->is_string())
        fail(key, std::string("must be a string, not ") + typeName(*value));
    return QString::fromStdString(value->get<std::string>());
}

QUrl requireUrl(const json &object, const char *key)
{
    const QString text = requireString(object, key);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        fail(key, "is not a valid URL");
    return url;
}

std::optional<qint64> toInt64(const json &value, bool *hadFraction)
{
    if (hadFraction)
        *hadFraction = false;
    if (value.is_number_unsigned()) {
        const auto number = value.get<std::uint64_t>();
        if (number > std::uint64_t(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return qint64(number);
    }
    if (value.is_number_integer())
        return value.get<qint64>();
    if (!value.is_number_float())
        return std::nullopt;
    // 2^63 is exact as a double; converting anything outside [-2^63, 2^63) is undefined.
    const double number = value.get<double>();
    if (!(number >= -9223372036854775808.0 && number < 9223372036854775808.0))
        return std::nullopt;
    const auto whole = static_cast<qint64>(number);
    if (hadFraction)
        *hadFraction = static_cast<double>(whole) != number;
    return whole;
}

qint64 requireInteger(const json &object, const char *key)
{
    const json &value = require(object, key);
    bool hadFraction = false;
    if (const std::optional<qint64> number = toInt64(value, &hadFraction); number && !hadFraction)
        return *number;
    fail(key, std::string("must be a whole number, not ") + typeName(value));
}

std::optional<qint64> optionalInteger(const json &object, const char *key)
{
    const json *value = find(object, key);
    if (!value || value->is_null())
        return std::nullopt;
    return requireInteger(object, key);
}

double optionalNumber(const json &object, const char *key, double fallback)
{
    const json *value = find(object, key);
    if (!value || value->is_null())
        return fallback;
    if (!value->is_number())
        fail(key, std::string("must be a number, not ") + typeName(*value));
    return value->get<double>();
}

bool requireBool(const json &object, const char *key)
{
    const json &value = require(object, key);
    if (!value.is_boolean())
        fail(key, std::string("must be true or false, not ") + typeName(value));
    return value.get<bool>();
}

std::optional<bool> optionalBool(const json &object, const char *key)
{
    const json *value = find(object, key);
    if (!value || value->is_null())
        return std::nullopt;
    return requireBool(object, key);
}

QDateTime requireDateTime(const json &object, const char *key)
{
    return parseTime(key, requireString(object, key));
}

QDateTime optionalDateTime(const json &object, const char *key)
{
    const QString text = optionalString(object, key);
    return text.isEmpty() ? QDateTime() : parseTime(key, text);
}

QStringList optionalStringList(const json &object, const char *key)
{
    const json *value = find(object, key);
    if (!value || value->is_null())
        return {};
    if (!value->is_array())
        fail(key, std::string("must be an array, not ") + typeName(*value));
    QStringList list;
    for (const json &item : *value) {
        if (!item.is_string())
            fail(key, std::string("must hold only strings, not ") + typeName(item));
        list.append(QString::fromStdString(item.get<std::string>()));
    }
    return list;
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

json stringArray(const QStringList &list)
{
    json array = json::array();
    for (const QString &item : list)
        array.push_back(item.toStdString());
    return array;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace CreatorDesk::Json
