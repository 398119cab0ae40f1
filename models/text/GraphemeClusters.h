// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QTextBoundaryFinder>

#include <array>

namespace CreatorDesk {

// Grapheme clusters (UAX #29) exactly as QTextBoundaryFinder finds them, at a fraction of its
// cost for the common text. QTextBoundaryFinder works out every attribute of every character of
// the whole text before the first boundary; most characters people type (Latin, Greek,
// Cyrillic, Hebrew, Arabic letters, CJK ideographs, kana) are clusters of their own between
// neighbours of the same kind. Only the stretches around anything else (marks, emoji, Hangul,
// controls, surrogates) go to QTextBoundaryFinder, each cut where a boundary is certain.
class GraphemeClusters final
{
public:
    // A UTF-16 unit whose Grapheme_Cluster_Break property is Other and which is not
    // Extended_Pictographic: between two of them there is always a boundary (GB999), and no
    // rule looks past them. tst_graphemeclusters checks each against QTextBoundaryFinder.
    static constexpr bool isPlain(char16_t unit)
    {
        if (unit >= 0x20 && unit < 0x7F)
            return true;
        if (unit < 0x3000) {
            for (const auto &range : kPlainBelowCjk) {
                if (unit < range[0])
                    return false;
                if (unit <= range[1])
                    return unit != 0xA9 && unit != 0xAD && unit != 0xAE;
            }
            return false;
        }
        return (unit >= 0x3041 && unit <= 0x3096) || (unit >= 0x30A1 && unit <= 0x30FA) ||
               (unit >= 0x3400 && unit <= 0x4DBF) || (unit >= 0x4E00 && unit <= 0x9FFF);
    }

    // Calls `cluster(start, end)` for each cluster of `text`, in order; end is exclusive.
    template<typename Function>
    static void forEach(QStringView text, Function &&cluster)
    {
        const qsizetype size = text.size();
        qsizetype i = 0;
        qsizetype anchored = 0; // no anchor before this (see anchorBefore)
        bool plain = size > 0 && isPlain(text[0].unicode());
        while (i < size) {
            const bool nextPlain = i + 1 < size && isPlain(text[i + 1].unicode());
            if (plain && (nextPlain || i + 1 == size)) {
                cluster(i, i + 1);
                ++i;
                plain = nextPlain;
                continue;
            }
            // i starts a cluster; the stretch ends at the next plain letter after a plain unit:
            // a boundary is certain there, and QTextBoundaryFinder starts a script run there as
            // it does in the whole text (its rules start afresh with each run).
            qsizetype end = i + 1;
            while (end < size && !(isPlain(text[end - 1].unicode()) && isAnchor(text, end)))
                ++end;
            walkStretch(text, anchorBefore(text, i, anchored), i, end, cluster);
            i = end;
            anchored = end;
            plain = i < size; // text[end] is plain whenever the stretch stopped before the end
        }
    }

    // The number of clusters in `text`.
    static qsizetype count(QStringView text)
    {
        qsizetype clusters = 0;
        forEach(text, [&clusters](qsizetype, qsizetype) { ++clusters; });
        return clusters;
    }

private:
    // Ranges of plain units below U+3000, ascending; see isPlain().
    static constexpr std::array<std::array<char16_t, 2>, 8> kPlainBelowCjk{{
        {0x0020, 0x007E}, // ASCII without controls
        {0x00A0, 0x02FF}, // Latin-1, Latin Extended, IPA, spacing modifiers (less © ® SHY)
        {0x0370, 0x0482}, // Greek, Cyrillic up to its combining marks
        {0x048A, 0x052F}, // the rest of Cyrillic
        {0x05D0, 0x05EA}, // Hebrew letters
        {0x0620, 0x064A}, // Arabic letters
        {0x0671, 0x06D3}, // more Arabic letters
        {0x1E00, 0x1FFF}, // Latin Extended Additional, Greek Extended
    }};

    // A plain letter of a script (not a space, digit or punctuation, which take the script of
    // what is around them) after a plain unit: the finder's script runs agree there.
    static bool isAnchor(QStringView text, qsizetype position)
    {
        const char16_t unit = text[position].unicode();
        return isPlain(unit) && QChar::script(char32_t(unit)) > QChar::Script_Common;
    }

    // The nearest anchor at or before `position` (both ends of a stretch are), else the start.
    static qsizetype anchorBefore(QStringView text, qsizetype position, qsizetype anchored)
    {
        for (qsizetype k = position; k > anchored; --k) {
            if (isPlain(text[k - 1].unicode()) && isAnchor(text, k))
                return k;
        }
        return anchored;
    }

    // The clusters of [from, end), found from `anchor` on so that the finder sees the script
    // run they belong to; `from` is a boundary.
    template<typename Function>
    static void walkStretch(QStringView text, qsizetype anchor, qsizetype from, qsizetype end,
                            Function &cluster)
    {
        const QStringView stretch = text.mid(anchor, end - anchor);
        // Stretches are short (an emoji, a word with marks): the finder's attributes (a byte per
        // unit and one more) fit here instead of on the heap.
        std::array<unsigned char, 256> buffer;
        const bool fits = stretch.size() + 1 <= qsizetype(buffer.size());
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, stretch.data(), stretch.size(),
                                   fits ? buffer.data() : nullptr, fits ? buffer.size() : 0);
        qsizetype start = from - anchor;
        finder.setPosition(start);
        for (qsizetype next = finder.toNextBoundary(); next != -1; next = finder.toNextBoundary()) {
            cluster(anchor + start, anchor + next);
            start = next;
        }
    }
};

} // namespace CreatorDesk
