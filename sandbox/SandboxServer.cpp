// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"

#include "ApiError.h"
#include "ControlRoutes.h"
#include "DefaultSeed.h"
#include "ExampleRoutes.h"
#include "MastodonInstanceRoutes.h"
#include "MediaUploadRoute.h"
#include "OquiRoutes.h"
#include "XaiAccountRoutes.h"
#include "XaiDraftRoutes.h"
#include "XaiPublishRoutes.h"
#include "XaiScheduleRoutes.h"
#include "XquikRoutes.h"

#include <fstream>
#include <iostream>

namespace CreatorDesk::Sandbox {

using nlohmann::json;

namespace {

// Four videos of the documented maximum plus room for the multipart framing.
constexpr size_t maxPayloadBytes = size_t(4) * 512 * 1024 * 1024 + 1024 * 1024;

bool startsWith(const std::string &text, const std::string &prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

void sendJson(httplib::Response &response, int status, const json &body)
{
    response.status = status;
    response.set_content(body.dump(), "application/json");
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options)
    : m_options(options)
{
    if (options.seedFile.empty()) {
        m_seed = json::parse(defaultSeedJson);
    } else {
        std::ifstream file(options.seedFile);
        if (!file)
            throw std::runtime_error("cannot read seed file " + options.seedFile);
        m_seed = json::parse(file);
    }
    m_state.load(m_seed);
    m_state.rateLimit = options.rateLimit;
    m_state.rateWindowSeconds = options.rateWindowSeconds;
    m_state.rateLimitStatus = options.rateLimitStatus;
    m_faults.setSettings(
        {options.latencyMs, 0, options.errorRate, options.rateLimitedRate, options.dropRate});

    XaiAccountRoutes::registerRoutes(m_router, options.oauthEnabled);
    XaiDraftRoutes::registerRoutes(m_router);
    XaiPublishRoutes::registerRoutes(m_router, options.mediaLossAllowed);
    XaiScheduleRoutes::registerRoutes(m_router);
    MediaUploadRoute::registerRoutes(m_router);
    XquikRoutes::registerRoutes(m_router);
    OquiRoutes::registerRoutes(m_router);
    ExampleRoutes::registerRoutes(m_router);
    MastodonInstanceRoutes::registerRoutes(m_router);
    ControlRoutes::registerRoutes(m_router, m_faults, m_requests, m_seed, options);

    m_http.set_payload_max_length(maxPayloadBytes);
    m_http.set_read_timeout(60);
    // An idle keep-alive connection would hold up shutdown for its whole time-out, so every
    // answer closes its connection ("Connection: close"); on loopback that costs nothing.
    m_http.set_keep_alive_max_count(1);
    m_http.set_keep_alive_timeout(1);
    m_http.set_write_timeout(60);
    auto plain = [this](const httplib::Request &request, httplib::Response &response) {
        dispatch(request, response, nullptr);
    };
    auto withReader = [this](const httplib::Request &request, httplib::Response &response,
                             const httplib::ContentReader &reader) {
        dispatch(request, response, &reader);
    };
    m_http.Get(".*", plain);
    m_http.Post(".*", withReader);
    m_http.Put(".*", withReader);
    m_http.Patch(".*", withReader);
    m_http.Delete(".*", withReader);
}

SandboxServer::~SandboxServer()
{
    stop();
}

int SandboxServer::bind()
{
    // Loopback only: the sandbox holds test keys and must never be reachable from outside.
    m_port = m_options.port == 0
                 ? m_http.bind_to_any_port("127.0.0.1")
                 : (m_http.bind_to_port("127.0.0.1", m_options.port) ? m_options.port : -1);
    if (m_port > 0)
        m_scheduler = std::make_unique<Scheduler>(m_state, m_options.tickMs);
    return m_port;
}

bool SandboxServer::serve()
{
    return m_http.listen_after_bind();
}

void SandboxServer::stop()
{
    m_http.stop();
    if (m_scheduler)
        m_scheduler->stop();
}

std::string SandboxServer::baseUrl() const
{
    return "http://127.0.0.1:" + std::to_string(m_port);
}

void SandboxServer::dispatch(const httplib::Request &request, httplib::Response &response,
                             const httplib::ContentReader *reader)
{
    std::map<std::string, std::string> params;
    const Router::Route *route = m_router.match(request.method, request.path, params);
    const bool streaming = route && route->streaming;
    RequestContext context{request, response, nullptr, m_state, baseUrl(), {}, std::move(params)};
    if (reader && !streaming) {
        (*reader)([&context](const char *data, size_t length) {
            context.body.append(data, length);
            return true;
        });
    }

    const bool controlPlane = startsWith(request.path, "/_sandbox");
    if (!controlPlane)
        m_requests.record(request, context.body);
    const auto fault = controlPlane ? FaultInjector::Fault::None : m_faults.delayAndDecide();
    if (fault != FaultInjector::Fault::None && fault != FaultInjector::Fault::DropAfterHandling &&
        reader && streaming) {
        // Consume the unread upload so the client gets a clean response; nothing is kept.
        (*reader)([](const char *, size_t) { return true; });
    }
    {
        std::lock_guard lock(m_state.mutex);
        ++m_state.requestCount;
    }
    switch (fault) {
    case FaultInjector::Fault::Drop:
        // Announce a body, then fail to write it: the connection closes mid-response.
        response.status = 200;
        response.set_content_provider(64, "application/json",
                                      [](size_t, size_t, httplib::DataSink &) { return false; });
        log(request, 0);
        return;
    case FaultInjector::Fault::InternalError:
        sendJson(response, 500,
                 {{"success", false}, {"error", "INTERNAL_ERROR"}, {"message", "Injected fault"}});
        log(request, 500);
        return;
    case FaultInjector::Fault::RateLimited: {
        const ApiError limited = FaultInjector::rateLimitedAnswer(request.path, m_state);
        for (const auto &[name, value] : limited.headers())
            response.set_header(name, value);
        sendJson(response, limited.status(), limited.body());
        log(request, limited.status());
        return;
    }
    case FaultInjector::Fault::None:
    case FaultInjector::Fault::DropAfterHandling:
        break;
    }

    if (!route) {
        writeNotFound(request.path, response);
        log(request, response.status);
        return;
    }
    context.reader = reader;
    try {
        if (streaming) {
            route->handler(context);
        } else {
            std::lock_guard lock(m_state.mutex);
            route->handler(context);
        }
    } catch (const ApiError &error) {
        for (const auto &[name, value] : error.headers())
            response.set_header(name, value);
        sendJson(response, error.status(), error.body());
    } catch (const json::exception &error) {
        sendJson(response, 400,
                 {{"success", false},
                  {"error", "INVALID_INPUT"},
                  {"message",
                   std::string("The request has a field of the wrong type: ") + error.what()}});
    } catch (const std::exception &error) {
        sendJson(response, 500,
                 {{"success", false}, {"error", "INTERNAL_ERROR"}, {"message", error.what()}});
    }
    if (fault == FaultInjector::Fault::DropAfterHandling) {
        // The route has done its work; its answer is announced and then cut off.
        response.body.clear();
        response.status = 200;
        response.set_content_provider(64, "application/json",
                                      [](size_t, size_t, httplib::DataSink &) { return false; });
        log(request, 0);
        return;
    }
    log(request, response.status);
}

void SandboxServer::writeNotFound(const std::string &path, httplib::Response &response) const
{
    const std::string message = "No such endpoint: " + path;
    if (startsWith(path, "/xquik/"))
        sendJson(response, 404, {{"error", "not_found"}, {"message", message}});
    else if (startsWith(path, "/oqui/"))
        sendJson(response, 404, {{"error", "Not found"}});
    else if (startsWith(path, "/example/"))
        sendJson(response, 404, {{"success", false}, {"error", "not_found"}, {"message", message}});
    else
        sendJson(response, 404, {{"success", false}, {"error", "NOT_FOUND"}, {"message", message}});
}

void SandboxServer::log(const httplib::Request &request, int status)
{
    // Method, path (never the query, which can carry OAuth codes) and status only.
    if (status == -1)
        status = 200; // cpp-httplib fills in 200 after the handler
    std::lock_guard lock(m_logMutex);
    std::cerr << request.method << ' ' << request.path << ' '
              << (status == 0 ? std::string("dropped") : std::to_string(status)) << std::endl;
}

} // namespace CreatorDesk::Sandbox
