// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/TwitterConfig.h"

namespace CreatorDesk {

namespace {
// Both published configurations weigh the same ranges: Latin and the other scripts up to
// Georgian, and the general punctuation that Latin text uses, count one.
QList<TwitterConfig::Range> lightRanges()
{
    return {
        {0x0000, 0x10FF, 100}, {0x2000, 0x200D, 100}, {0x2010, 0x201F, 100}, {0x2032, 0x2037, 100}};
}
} // namespace

const TwitterConfig &TwitterConfig::v1()
{
    static const TwitterConfig config{1, 140, 1, 1, false, 23, {}};
    return config;
}

const TwitterConfig &TwitterConfig::v2()
{
    static const TwitterConfig config{2, 280, 100, 200, false, 23, lightRanges()};
    return config;
}

const TwitterConfig &TwitterConfig::v3()
{
    static const TwitterConfig config{3, 280, 100, 200, true, 23, lightRanges()};
    return config;
}

const TwitterConfig &TwitterConfig::v3Premium()
{
    static const TwitterConfig config{3, 25000, 100, 200, true, 23, lightRanges()};
    return config;
}

} // namespace CreatorDesk
