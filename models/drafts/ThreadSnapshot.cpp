// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/ThreadSnapshot.h"

#include <algorithm>

namespace CreatorDesk {

ThreadSnapshot::Place ThreadSnapshot::changePlace(const ThreadSnapshot &from,
                                                  const ThreadSnapshot &to, Edge edge)
{
    const qsizetype common = std::min(from.texts.size(), to.texts.size());
    qsizetype row = 0;
    while (row < common && from.texts.at(row) == to.texts.at(row))
        ++row;
    if (row >= to.texts.size())
        return {int(std::max<qsizetype>(0, to.texts.size() - 1)), 0};
    const QString &before = row < from.texts.size() ? from.texts.at(row) : QString();
    const QString &after = to.texts.at(row);
    // The changed stretch is what remains between the common prefix and the common suffix.
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(before.size(), after.size());
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    return {int(row), int(edge == Edge::Start ? prefix : after.size() - suffix)};
}

int ThreadSnapshot::singleTextChange(const ThreadSnapshot &from, const ThreadSnapshot &to)
{
    if (from.texts.size() != to.texts.size() || from.mediaIds != to.mediaIds ||
        from.media != to.media)
        return -1;
    int changed = -1;
    for (qsizetype row = 0; row < from.texts.size(); ++row) {
        if (from.texts.at(row) == to.texts.at(row))
            continue;
        if (changed >= 0)
            return -1;
        changed = int(row);
    }
    return changed;
}

} // namespace CreatorDesk
