// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/TextCount.h"

#include <QString>

namespace CreatorDesk {

// Bluesky (app.bsky.feed.post): at most 300 extended grapheme clusters and 3000 UTF-8 bytes of
// the text exactly as it is sent; both must hold. No normalisation, URLs count as typed.
class BlueskyCounter final
{
public:
    static constexpr int kMaxGraphemes = 300;
    static constexpr int kMaxBytes = 3000;

    static TextCount count(const QString &text);

    // What Bluesky's own app shows for a link (host + path, the part after the host cut to 13
    // characters and "..." when longer than 15). A hint only: Creator Desk sends the full URL.
    static QString shortenedLinkText(const QString &url);
};

} // namespace CreatorDesk
