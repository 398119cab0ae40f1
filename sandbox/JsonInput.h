// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Util.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace CreatorDesk::Sandbox {

// A JSON object body with typed field access. Every failure throws the xAIcreator 400
// INVALID_INPUT error, with a message that names the field. null counts as absent.
class JsonInput final
{
public:
    explicit JsonInput(const std::string &body, bool emptyIsObject = true);
    explicit JsonInput(nlohmann::json object, std::string context);

    const nlohmann::json &raw() const { return m_object; }
    bool has(const std::string &field) const;

    std::string requiredString(const std::string &field) const;
    std::optional<std::string> optionalString(const std::string &field) const;
    std::optional<bool> optionalBool(const std::string &field) const;
    std::optional<double> optionalNumber(const std::string &field) const;
    std::optional<std::vector<std::string>> optionalStrings(const std::string &field) const;
    std::optional<nlohmann::json> optionalArray(const std::string &field) const;
    std::string optionalEnum(const std::string &field, std::initializer_list<const char *> allowed,
                             const std::string &fallback) const;
    Util::TimePoint requiredTime(const std::string &field) const;
    std::optional<Util::TimePoint> optionalTime(const std::string &field) const;

private:
    std::string name(const std::string &field) const;

    nlohmann::json m_object;
    std::string m_context;
};

} // namespace CreatorDesk::Sandbox
