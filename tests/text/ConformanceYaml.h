// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QString>

namespace CreatorDesk::Testing {

// Reads the twitter-text conformance YAML files into JSON. It handles exactly the subset those
// files use (block mappings and sequences, a sequence at its key's indentation, "- key: value"
// items, flow sequences, plain, single- and double-quoted scalars with \u, \U, \x escapes,
// comments) and fails loudly on anything else, rather than adding a YAML library to the build.
class ConformanceYaml final
{
public:
    // Throws std::runtime_error with the line number on anything outside that subset.
    static nlohmann::json parse(const QString &text);
    static nlohmann::json load(const QString &path);
};

} // namespace CreatorDesk::Testing
