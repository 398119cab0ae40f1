// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <httplib.h>

#include <deque>
#include <mutex>

namespace CreatorDesk::Sandbox {

// What clients sent, for tests that check a request is the documented one: method, path,
// query and JSON body of the last requests to the services (never the control plane).
// Secrets are replaced before anything is kept, so the log can be printed and compared.
class RequestLog final
{
public:
    // Oldest entries go first beyond this many; a long fault session stays small.
    static constexpr size_t capacity = 2000;

    void record(const httplib::Request &request, const std::string &body);
    nlohmann::json toJson() const;
    void clear();

    // Fields whose values are credentials, in bodies and queries alike.
    static bool isSecretField(const std::string &name);

private:
    mutable std::mutex m_mutex;
    std::deque<nlohmann::json> m_entries;
};

} // namespace CreatorDesk::Sandbox
