// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/UrlCharacters.h"

#include <QChar>

#include <array>
#include <bitset>
#include <initializer_list>
#include <utility>
#include <vector>

namespace CreatorDesk {

namespace {
using Ranges = std::initializer_list<std::pair<char16_t, char16_t>>;

// The sets twitter-text composes its classes from (regexp/*.js).
constexpr char kPunctuation[] = "!'#%&()*+,\\-./:;<=>?@[]^_{|}~$";
constexpr Ranges kSpaces = {{0x09, 0x0D},     {0x20, 0x20},     {0x85, 0x85},     {0xA0, 0xA0},
                            {0x1680, 0x1680}, {0x180E, 0x180E}, {0x2000, 0x200A}, {0x2028, 0x2029},
                            {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}};
constexpr Ranges kInvalid = {{0xFFFE, 0xFFFE}, {0xFEFF, 0xFEFF}, {0xFFFF, 0xFFFF}};
constexpr Ranges kDirectional = {
    {0x061C, 0x061C}, {0x200E, 0x200F}, {0x202A, 0x202E}, {0x2066, 0x2069}};
constexpr Ranges kLatinAccents = {
    {0xC0, 0xD6},   {0xD8, 0xF6},   {0xF8, 0xFF},   {0x100, 0x24F}, {0x253, 0x254},  {0x256, 0x257},
    {0x259, 0x259}, {0x25B, 0x25B}, {0x263, 0x263}, {0x268, 0x268}, {0x26F, 0x26F},  {0x272, 0x272},
    {0x289, 0x289}, {0x28B, 0x28B}, {0x2BB, 0x2BB}, {0x300, 0x36F}, {0x1E00, 0x1EFF}};
constexpr Ranges kCyrillic = {{0x0400, 0x04FF}};
constexpr Ranges kLetters = {{u'a', u'z'}};
constexpr Ranges kDigits = {{u'0', u'9'}};
constexpr Ranges kFullwidthAtAndHash = {{0xFF20, 0xFF20}, {0xFF03, 0xFF03}};
constexpr Ranges kEnDash = {{0x2013, 0x2013}};

using Members = std::bitset<0x10000>;

// One class as twitter-text writes it: ranges and ASCII characters, maybe negated ("[^...]").
// Classes with letters are read case-insensitively; the negated ones hold no letters.
struct ClassDefinition
{
    UrlCharacters::Class flag;
    std::initializer_list<Ranges> ranges;
    const char *ascii;
    bool negated = false;
};

const ClassDefinition kClasses[] = {
    {UrlCharacters::DomainChar, {kSpaces, kInvalid, kDirectional}, kPunctuation, true},
    // [^A-Za-z0-9@＠$#＃invalid]; the directional marks it also accepts are outside it anyway
    {UrlCharacters::Preceding,
     {kInvalid, kFullwidthAtAndHash},
     "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@$#",
     true},
    {UrlCharacters::PathChar,
     {kLetters, kCyrillic, kDigits, kLatinAccents, kEnDash},
     "!*';:=+,.$/%#[]-_~@|&"},
    {UrlCharacters::PathEnding, {kLetters, kCyrillic, kDigits, kLatinAccents}, "+-=_#/"},
    {UrlCharacters::QueryChar, {kLetters, kDigits}, "!?*'@();:&=+$/%#[]-_.,~|"},
    {UrlCharacters::QueryEnding, {kLetters, kDigits}, "-_&=#/"},
    {UrlCharacters::AsciiDomainLabel, {kLetters, kDigits, kLatinAccents}, "-"},
    {UrlCharacters::TldContinuation, {kLetters, kDigits}, "@+-"},
};

// One byte of Class flags for every UTF-16 unit, in one pass over the units. A caseless class
// is kept as the canonical forms of its members: as a case-insensitive regex sees it, a unit
// matches when its canonical form is the canonical form of a member, so "[a-z]" also takes
// 'A'..'Z' and "\u0100-\u024F" takes the characters that uppercase into that range.
struct ClassTable
{
    std::array<quint8, 0x10000> flags{};

    ClassTable()
    {
        constexpr size_t classCount = std::size(kClasses);
        std::vector<Members> members(classCount);
        for (size_t i = 0; i < classCount; ++i) {
            const ClassDefinition &definition = kClasses[i];
            // The negated classes hold no letters: their units are taken as they are.
            const auto add = [&](char16_t c) {
                members[i].set(definition.negated ? c : UrlCharacters::canonical(c));
            };
            for (Ranges ranges : definition.ranges) {
                for (const auto &[first, last] : ranges) {
                    for (char32_t c = first; c <= last; ++c)
                        add(char16_t(c));
                }
            }
            for (const char *c = definition.ascii; *c; ++c)
                add(char16_t(*c));
        }
        for (char32_t c = 0; c < 0x10000; ++c) {
            const char16_t canonical = UrlCharacters::canonical(char16_t(c));
            quint8 unitFlags = 0;
            for (size_t i = 0; i < classCount; ++i) {
                const ClassDefinition &definition = kClasses[i];
                if (definition.negated ? !members[i][c] : members[i][canonical])
                    unitFlags |= definition.flag;
            }
            flags[c] = unitFlags;
        }
    }
};
} // namespace

char16_t UrlCharacters::canonical(char16_t c)
{
    if (c < 0x80)
        return c >= u'a' && c <= u'z' ? char16_t(c - (u'a' - u'A')) : c;
    // Greek letters with ypogegrammeni uppercase to two characters in JavaScript (SpecialCasing),
    // which then keeps them as they are; Qt's one-character mapping would change them.
    if ((c >= 0x1F80 && c <= 0x1FAF) || c == 0x1FB3 || c == 0x1FC3 || c == 0x1FF3)
        return c;
    const char32_t upper = QChar::toUpper(char32_t(c));
    return upper < 0x80 || upper > 0xFFFF ? c : char16_t(upper);
}

const quint8 *UrlCharacters::buildTable()
{
    static const ClassTable kTable;
    return kTable.flags.data();
}

} // namespace CreatorDesk
