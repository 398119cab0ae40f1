// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <algorithm>
#include <numeric>

namespace CreatorDesk {

// Sorts `items` newest first by `modified(item)` (stable), moving each item once: drafts are
// large, and a long list sorted in place spends its time moving them back and forth.
template<typename T, typename Modified>
void sortNewestFirst(QList<T> &items, Modified modified)
{
    const auto newer = [&](const T &a, const T &b) {
        return modified(a) > modified(b);
    };
    if (std::is_sorted(items.cbegin(), items.cend(), newer))
        return;
    QList<qsizetype> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return newer(items.at(a), items.at(b)); });
    QList<T> sorted;
    sorted.reserve(items.size());
    for (qsizetype index : order)
        sorted.append(std::move(items[index]));
    items = std::move(sorted);
}

} // namespace CreatorDesk
