// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace CreatorDesk {

// The character classes of twitter-text's URL grammar, read as its JavaScript regexes read them:
// case-insensitive without the Unicode flag, one UTF-16 unit at a time. One table lookup per
// question instead of a regex engine walking a class.
class UrlCharacters final
{
public:
    enum Class : quint8 {
        DomainChar = 0x01,       // validDomainChars: not punctuation, space, invalid, directional
        Preceding = 0x02,        // validUrlPrecedingChars, without its "start of text"
        PathChar = 0x04,         // validGeneralUrlPathChars
        PathEnding = 0x08,       // validUrlPathEndingChars, without its balanced parentheses
        QueryChar = 0x10,        // validUrlQueryChars
        QueryEnding = 0x20,      // validUrlQueryEndingChars
        AsciiDomainLabel = 0x40, // validAsciiDomain's label characters
        TldContinuation = 0x80,  // what may not follow a TLD: [0-9a-z@+-]
    };

    static bool is(char16_t c, Class characterClass) { return table()[c] & characterClass; }

    // A subdomain's characters: domain characters, '_' and '-'.
    static bool isLabelChar(char16_t c) { return is(c, DomainChar) || c == u'_' || c == u'-'; }

    static bool isAsciiDigit(char16_t c) { return c >= u'0' && c <= u'9'; }

    // JavaScript's Canonicalize() for a case-insensitive, non-Unicode regex: the character's
    // uppercase when that is one unit, never mapping a non-ASCII character to ASCII.
    static char16_t canonical(char16_t c);

private:
    // One byte of Class flags per UTF-16 unit, built on first use (a few tenths of a millisecond).
    static const quint8 *table()
    {
        static const quint8 *const kTable = buildTable();
        return kTable;
    }
    static const quint8 *buildTable();
};

} // namespace CreatorDesk
