// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultInjector.h"
#include "RequestLog.h"
#include "Router.h"
#include "SandboxOptions.h"
#include "SandboxState.h"
#include "Scheduler.h"

#include <httplib.h>

#include <memory>
#include <mutex>

namespace CreatorDesk::Sandbox {

// The one HTTP server for all four services: binds 127.0.0.1, routes every request through
// dispatch(), which applies faults, locks the state and turns ApiError into responses.
class SandboxServer final
{
public:
    explicit SandboxServer(const SandboxOptions &options);
    ~SandboxServer();

    // Binds; returns the port or -1.
    int bind();
    // Serves until stop(). Blocks.
    bool serve();
    void stop();
    std::string baseUrl() const;

private:
    void dispatch(const httplib::Request &request, httplib::Response &response,
                  const httplib::ContentReader *reader);
    void writeNotFound(const std::string &path, httplib::Response &response) const;
    void log(const httplib::Request &request, int status);

    SandboxOptions m_options;
    nlohmann::json m_seed;
    SandboxState m_state;
    FaultInjector m_faults;
    RequestLog m_requests;
    Router m_router;
    httplib::Server m_http;
    std::unique_ptr<Scheduler> m_scheduler;
    int m_port = -1;
    std::mutex m_logMutex;
};

} // namespace CreatorDesk::Sandbox
