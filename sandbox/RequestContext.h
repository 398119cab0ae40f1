// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>

#include <map>
#include <string>

namespace CreatorDesk::Sandbox {

struct SandboxState;

// What a route handler gets: the request, the response to fill, the body (already read, except
// for streaming routes, which read through reader) and the path parameters.
struct RequestContext
{
    const httplib::Request &request;
    httplib::Response &response;
    const httplib::ContentReader *reader = nullptr;
    SandboxState &state;
    std::string baseUrl;
    std::string body;
    std::map<std::string, std::string> params;

    std::string param(const std::string &name) const
    {
        const auto it = params.find(name);
        return it == params.end() ? std::string() : it->second;
    }
    std::string header(const std::string &name) const { return request.get_header_value(name); }
    std::string query(const std::string &name) const { return request.get_param_value(name); }
    bool hasQuery(const std::string &name) const { return request.has_param(name); }
};

} // namespace CreatorDesk::Sandbox
