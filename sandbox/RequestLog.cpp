// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestLog.h"

#include <array>
#include <string_view>

namespace CreatorDesk::Sandbox {

using nlohmann::json;

namespace {

constexpr std::string_view redacted = "<redacted>";

void redact(json &value)
{
    if (value.is_object()) {
        for (auto &[name, member] : value.items()) {
            if (RequestLog::isSecretField(name))
                member = redacted;
            else
                redact(member);
        }
    } else if (value.is_array()) {
        for (json &element : value)
            redact(element);
    }
}

} // namespace

bool RequestLog::isSecretField(const std::string &name)
{
    static constexpr std::array<std::string_view, 8> secrets = {
        "password", "code", "key", "apiKey", "fullKey", "token", "state", "credential"};
    for (const std::string_view secret : secrets) {
        if (name == secret)
            return true;
    }
    return false;
}

void RequestLog::record(const httplib::Request &request, const std::string &body)
{
    json query = json::object();
    for (const auto &[name, value] : request.params)
        query[name] = isSecretField(name) ? json(redacted) : json(value);
    // Only JSON bodies are kept: uploads are multipart and can be large.
    json parsedBody = json::parse(body, nullptr, false);
    if (parsedBody.is_discarded())
        parsedBody = nullptr;
    redact(parsedBody);
    json entry = {{"method", request.method},
                  {"path", request.path},
                  {"query", std::move(query)},
                  {"body", std::move(parsedBody)}};
    std::lock_guard lock(m_mutex);
    m_entries.push_back(std::move(entry));
    if (m_entries.size() > capacity)
        m_entries.pop_front();
}

json RequestLog::toJson() const
{
    std::lock_guard lock(m_mutex);
    json requests = json::array();
    for (const json &entry : m_entries)
        requests.push_back(entry);
    return {{"requests", std::move(requests)}};
}

void RequestLog::clear()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
}

} // namespace CreatorDesk::Sandbox
