// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/TextCount.h"

#include <QString>

namespace CreatorDesk {

// Mastodon's StatusLengthValidator: content warning + text in grapheme clusters, where every URL
// with a scheme costs a fixed amount, a remote mention @user@domain counts as @user, and a text
// that is only whitespace counts 0. Limits come from the server's /api/v2/instance.
class MastodonCounter final
{
public:
    struct Settings
    {
        int maxCharacters = 500;
        int charactersReservedPerUrl = 23;

        bool operator==(const Settings &) const = default;
    };

    static TextCount count(const QString &text, const Settings &settings,
                           const QString &contentWarning = {});
    static TextCount count(const QString &text) { return count(text, Settings{}); }
};

} // namespace CreatorDesk
