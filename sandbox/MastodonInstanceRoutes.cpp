// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonInstanceRoutes.h"

#include "ApiError.h"
#include "JsonInput.h"
#include "SandboxState.h"

namespace CreatorDesk::Sandbox {

using nlohmann::json;

namespace {

// The fields of Mastodon's Instance entity (v2) that a client reads; the rest of the entity
// (rules, contact, thumbnail) is left out.
json instance(const SandboxState &state, const std::string &host)
{
    return {{"domain", host},
            {"title", "Creator Desk sandbox"},
            {"version", "4.3.0"},
            {"source_url", "https://github.com/mastodon/mastodon"},
            {"configuration",
             {{"urls", {{"streaming", "wss://" + host}}},
              {"statuses",
               {{"max_characters", state.mastodonMaxCharacters},
                {"max_media_attachments", 4},
                {"characters_reserved_per_url", state.mastodonReservedPerUrl}}},
              {"polls", {{"max_options", 4}, {"max_characters_per_option", 50}}}}}};
}

int positive(const JsonInput &input, const char *field, int current)
{
    const double value = input.optionalNumber(field).value_or(current);
    if (value < 1 || value > 1'000'000)
        throw ApiError(400, {{"success", false},
                             {"error", "INVALID_INPUT"},
                             {"message", std::string(field) + " must be between 1 and 1000000"}});
    return static_cast<int>(value);
}

} // namespace

void MastodonInstanceRoutes::registerRoutes(Router &router)
{
    router.add("GET", "/api/v2/instance", [](RequestContext &c) {
        c.response.set_content(instance(c.state, c.header("Host")).dump(), "application/json");
    });
    router.add("POST", "/_sandbox/mastodon-instance", [](RequestContext &c) {
        const JsonInput input(c.body);
        c.state.mastodonMaxCharacters =
            positive(input, "max_characters", c.state.mastodonMaxCharacters);
        c.state.mastodonReservedPerUrl =
            positive(input, "characters_reserved_per_url", c.state.mastodonReservedPerUrl);
        c.response.set_content(instance(c.state, c.header("Host")).dump(), "application/json");
    });
}

} // namespace CreatorDesk::Sandbox
