// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

namespace CreatorDesk::Sandbox {

namespace {

std::vector<std::string> splitPath(const std::string &path)
{
    std::vector<std::string> parts;
    std::string current;
    for (char c : path) {
        if (c == '/') {
            if (!current.empty())
                parts.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        parts.push_back(current);
    return parts;
}

} // namespace

void Router::add(const std::string &method, const std::string &pattern, RouteHandler handler,
                 bool streaming)
{
    m_routes.push_back({method, splitPath(pattern), std::move(handler), streaming});
}

const Router::Route *Router::match(const std::string &method, const std::string &path,
                                   std::map<std::string, std::string> &params) const
{
    const std::vector<std::string> parts = splitPath(path);
    const std::string effectiveMethod = method == "HEAD" ? std::string("GET") : method;
    for (const Route &route : m_routes) {
        if (route.method != effectiveMethod || route.segments.size() != parts.size())
            continue;
        std::map<std::string, std::string> found;
        bool matches = true;
        for (size_t i = 0; i < parts.size() && matches; ++i) {
            const std::string &segment = route.segments[i];
            if (!segment.empty() && segment.front() == ':')
                found[segment.substr(1)] = parts[i];
            else
                matches = segment == parts[i];
        }
        if (matches) {
            params = std::move(found);
            return &route;
        }
    }
    return nullptr;
}

} // namespace CreatorDesk::Sandbox
