// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/PlatformCounts.h"

#include <QString>

#include <cstdio>
#include <string>

namespace CreatorDesk {

// `creatordesk-cli count`: the length of a text against each platform's limit, with the
// limits of the accounts it is meant for (--x-premium, --mastodon-limit).
class CountCommand final
{
public:
    static QString toText(const QString &text, const PlatformCounts::Settings &limits = {});
    // One element of `count --json`'s array, appended to `out`: an object per platform, keys in
    // alphabetical order, no spaces (what nlohmann::json::dump() wrote before it streamed).
    static void appendJson(std::string &out, const QString &text,
                           const PlatformCounts::Settings &limits = {});
    // `count --json`: reads a JSON array of strings from `input` and writes the array of counts
    // to `output`, a bounded batch at a time, each batch counted across the machine's cores
    // (memory stays flat, answers keep the input's order). Returns false and `error` for an
    // input that is not such an array; what was written stays written.
    static bool streamJson(std::FILE *input, std::FILE *output,
                           const PlatformCounts::Settings &limits, QString &error);
};

} // namespace CreatorDesk
