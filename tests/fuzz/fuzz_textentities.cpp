// SPDX-License-Identifier: GPL-3.0-or-later
// The entities of arbitrary UTF-8: sorted, not overlapping, inside the text; mentions too.
#include "text/TextEntities.h"

#include <cstddef>
#include <cstdint>

using namespace CreatorDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype previousEnd = 0;
    for (const TextEntity &entity : TextEntities::extract(text)) {
        if (entity.length <= 0 || entity.start < previousEnd || entity.end() > text.size())
            __builtin_trap();
        previousEnd = entity.end();
    }
    previousEnd = 0;
    for (const TextEntities::Mention &mention : TextEntities::mentions(text)) {
        const qsizetype end = mention.start + mention.length;
        if (mention.length < 2 || mention.start < previousEnd || end > text.size() ||
            text.at(mention.start) != u'@')
            __builtin_trap();
        // The domain is the mention's tail, or empty at its end.
        if (mention.domainLength < 0 || mention.domainStart + mention.domainLength != end ||
            mention.domainStart <= mention.start)
            __builtin_trap();
        if (mention.domainLength > 0 && text.at(mention.domainStart) != u'@')
            __builtin_trap();
        previousEnd = end;
    }
    return 0;
}
