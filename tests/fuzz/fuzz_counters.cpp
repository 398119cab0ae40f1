// SPDX-License-Identifier: GPL-3.0-or-later
// Every counter on arbitrary UTF-8: lengths stay sane and over-limit ranges lie in the text.
#include "text/PlatformCounts.h"

#include <cstddef>
#include <cstdint>

using namespace CreatorDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const PlatformCount &count : PlatformCounts::countAll(text)) {
        // A URL as short as "a.co" counts 23 on X.
        if (count.length < 0 || count.length > 23 * text.size() + 64)
            __builtin_trap();
        if (count.overLimitStart >= 0 &&
            (count.overLimitLength < 0 ||
             count.overLimitStart + count.overLimitLength > text.size()))
            __builtin_trap();
        if (count.valid && count.length > count.limit)
            __builtin_trap();
    }
    return 0;
}
