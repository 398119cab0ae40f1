// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

// Small free helpers shared by every route: ids, hashes, time stamps and text measures.
namespace CreatorDesk::Sandbox::Util {

using Clock = std::chrono::system_clock;
using TimePoint = Clock::time_point;

std::string newUuid();
std::string randomHex(int bytes);
std::string randomDigits(int count);
std::string randomBase32(int count);
std::string sha256Hex(const std::string &text);
std::string base64Url(const std::string &data);
std::string urlEncode(const std::string &text);

// UTC, with milliseconds and a trailing Z ("2026-01-15T10:00:00.000Z").
std::string toIso(TimePoint when);
std::string nowIso();
// Accepts ISO 8601 with Z or an offset; no zone is read as UTC. Empty on failure.
std::optional<TimePoint> parseIso(const std::string &text);
std::int64_t toEpochSeconds(TimePoint when);

// HTML tags removed and the common entities decoded, as the draft's plainText.
std::string htmlToPlainText(const std::string &html);

std::string maskKey(const std::string &key);

} // namespace CreatorDesk::Sandbox::Util
