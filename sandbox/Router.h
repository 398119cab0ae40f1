// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RequestContext.h"

#include <functional>
#include <string>
#include <vector>

namespace CreatorDesk::Sandbox {

using RouteHandler = std::function<void(RequestContext &)>;

// Method + path pattern ("/api/v1/auth/api-keys/:keyId") to handler. The sandbox routes
// everything itself so that faults, logging and per-service 404 bodies live in one place.
class Router final
{
public:
    struct Route
    {
        std::string method;
        std::vector<std::string> segments;
        RouteHandler handler;
        bool streaming = false; // reads its own body and locks the state itself
    };

    void add(const std::string &method, const std::string &pattern, RouteHandler handler,
             bool streaming = false);
    const Route *match(const std::string &method, const std::string &path,
                       std::map<std::string, std::string> &params) const;

private:
    std::vector<Route> m_routes;
};

} // namespace CreatorDesk::Sandbox
