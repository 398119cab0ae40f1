// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace CreatorDesk {

// A twitter-text counting configuration (config/README.md upstream). v3 is what X applies
// today; v1 (140, every code point 1) and v2 (no emoji parsing) are kept because conformance
// groups are still written against them.
struct TwitterConfig
{
    struct Range
    {
        char32_t start = 0;
        char32_t end = 0;
        int weight = 0;
    };

    int version = 3;
    int maxWeightedTweetLength = 280;
    int scale = 100;
    int defaultWeight = 200;
    bool emojiParsingEnabled = true;
    int transformedUrlLength = 23;
    QList<Range> ranges;

    int weightOf(char32_t codePoint) const
    {
        for (const Range &range : ranges) {
            if (codePoint >= range.start && codePoint <= range.end)
                return range.weight;
        }
        return defaultWeight;
    }

    static const TwitterConfig &v1();
    static const TwitterConfig &v2();
    static const TwitterConfig &v3();
    // v3 for an X Premium account: the same weights and URL length, up to 25,000 weighted
    // characters (X's long posts).
    static const TwitterConfig &v3Premium();
};

} // namespace CreatorDesk
