// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DraftMedia.h"

#include <QList>
#include <QStringList>

namespace CreatorDesk {

// The content of a thread at one moment: what undo and redo go back and forth between.
struct ThreadSnapshot
{
    QStringList texts;
    QList<QStringList> mediaIds;
    QList<QList<DraftMedia>> media; // the uploaded media with their details, per post

    bool operator==(const ThreadSnapshot &) const = default;

    // Where the person's cursor belongs after going from `from` to `to`: the first post that
    // differs, at the start (undo: where the split or the deleted word was) or the end (redo:
    // after what was typed) of the changed stretch of its text in `to`.
    struct Place
    {
        int row = 0;
        int cursor = 0;
    };
    enum class Edge { Start, End };
    static Place changePlace(const ThreadSnapshot &from, const ThreadSnapshot &to, Edge edge);
    // The only post whose text differs when nothing else does, else -1.
    static int singleTextChange(const ThreadSnapshot &from, const ThreadSnapshot &to);
};

} // namespace CreatorDesk
