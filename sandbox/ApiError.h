// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <stdexcept>
#include <string>

namespace CreatorDesk::Sandbox {

// Thrown by a route to end the request with an error; the dispatcher writes status, headers
// and body. Each service shapes its own body, so the body is carried whole.
class ApiError final : public std::runtime_error
{
public:
    ApiError(int status, nlohmann::json body, std::map<std::string, std::string> headers = {})
        : std::runtime_error(body.dump())
        , m_status(status)
        , m_body(std::move(body))
        , m_headers(std::move(headers))
    {}

    // The xAIcreator shape: {"success":false,"error":CODE,"message":sentence}.
    static ApiError xai(int status, const std::string &code, const std::string &message)
    {
        return ApiError(status, {{"success", false}, {"error", code}, {"message", message}});
    }
    static ApiError invalidInput(const std::string &message)
    {
        return xai(400, "INVALID_INPUT", message);
    }
    static ApiError notFound(const std::string &message) { return xai(404, "NOT_FOUND", message); }
    static ApiError forbidden(const std::string &message)
    {
        return xai(403, "UNAUTHORIZED", message);
    }

    int status() const { return m_status; }
    const nlohmann::json &body() const { return m_body; }
    const std::map<std::string, std::string> &headers() const { return m_headers; }

private:
    int m_status;
    nlohmann::json m_body;
    std::map<std::string, std::string> m_headers;
};

} // namespace CreatorDesk::Sandbox
