// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonInput.h"

#include "ApiError.h"

namespace CreatorDesk::Sandbox {

using nlohmann::json;

JsonInput::JsonInput(const std::string &body, bool emptyIsObject)
{
    if (body.empty() && emptyIsObject) {
        m_object = json::object();
        return;
    }
    m_object = json::parse(body, nullptr, false);
    if (m_object.is_discarded())
        throw ApiError::invalidInput("The request body is not valid JSON.");
    if (!m_object.is_object())
        throw ApiError::invalidInput("The request body must be a JSON object.");
}

JsonInput::JsonInput(json object, std::string context)
    : m_object(std::move(object))
    , m_context(std::move(context))
{
    if (!m_object.is_object())
        throw ApiError::invalidInput(m_context + " must be an object.");
}

std::string JsonInput::name(const std::string &field) const
{
    return m_context.empty() ? field : m_context + "." + field;
}

bool JsonInput::has(const std::string &field) const
{
    return m_object.contains(field) && !m_object.at(field).is_null();
}

std::string JsonInput::requiredString(const std::string &field) const
{
    if (!has(field))
        throw ApiError::invalidInput(name(field) + " is required.");
    const json &value = m_object.at(field);
    if (!value.is_string())
        throw ApiError::invalidInput(name(field) + " must be a string.");
    if (value.get<std::string>().empty())
        throw ApiError::invalidInput(name(field) + " must not be empty.");
    return value.get<std::string>();
}

std::optional<std::string> JsonInput::optionalString(const std::string &field) const
{
    if (!has(field))
        return std::nullopt;
    if (!m_object.at(field).is_string())
        throw ApiError::invalidInput(name(field) + " must be a string.");
    return m_object.at(field).get<std::string>();
}

std::optional<bool> JsonInput::optionalBool(const std::string &field) const
{
    if (!has(field))
        return std::nullopt;
    if (!m_object.at(field).is_boolean())
        throw ApiError::invalidInput(name(field) + " must be a boolean.");
    return m_object.at(field).get<bool>();
}

std::optional<double> JsonInput::optionalNumber(const std::string &field) const
{
    if (!has(field))
        return std::nullopt;
    if (!m_object.at(field).is_number())
        throw ApiError::invalidInput(name(field) + " must be a number.");
    return m_object.at(field).get<double>();
}

std::optional<json> JsonInput::optionalArray(const std::string &field) const
{
    if (!has(field))
        return std::nullopt;
    if (!m_object.at(field).is_array())
        throw ApiError::invalidInput(name(field) + " must be an array.");
    return m_object.at(field);
}

std::optional<std::vector<std::string>> JsonInput::optionalStrings(const std::string &field) const
{
    const auto array = optionalArray(field);
    if (!array)
        return std::nullopt;
    std::vector<std::string> out;
    for (const auto &item : *array) {
        if (!item.is_string())
            throw ApiError::invalidInput(name(field) + " must be an array of strings.");
        out.push_back(item.get<std::string>());
    }
    return out;
}

std::string JsonInput::optionalEnum(const std::string &field,
                                    std::initializer_list<const char *> allowed,
                                    const std::string &fallback) const
{
    const auto value = optionalString(field);
    if (!value)
        return fallback;
    std::string list;
    for (const char *option : allowed) {
        if (*value == option)
            return *value;
        list += list.empty() ? option : std::string(", ") + option;
    }
    throw ApiError::invalidInput(name(field) + " must be one of: " + list + ".");
}

Util::TimePoint JsonInput::requiredTime(const std::string &field) const
{
    const auto time = optionalTime(field);
    if (!time)
        throw ApiError::invalidInput(name(field) + " is required.");
    return *time;
}

std::optional<Util::TimePoint> JsonInput::optionalTime(const std::string &field) const
{
    const auto text = optionalString(field);
    if (!text)
        return std::nullopt;
    const auto time = Util::parseIso(*text);
    if (!time)
        throw ApiError::invalidInput(name(field) + " must be an ISO 8601 date-time.");
    return time;
}

} // namespace CreatorDesk::Sandbox
