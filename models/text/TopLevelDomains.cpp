// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/TopLevelDomains.h"

#include "text/UrlCharacters.h"

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace CreatorDesk {

namespace {
#include "text/TwitterTlds.inc"

// The TLDs of one list as a prefix tree over canonical UTF-16 units, so matching walks the
// text once however many TLDs there are.
class TldTree
{
public:
    explicit TldTree(const char *utf8List)
    {
        m_nodes.emplace_back();
        // The generator ends every entry, the last one too, with a bar.
        for (QStringView tld : QString::fromUtf8(utf8List).split(u'|', Qt::SkipEmptyParts))
            insert(tld);
    }

    // Length of the longest TLD at `position` that the text does not continue, or 0.
    qsizetype matchAt(QStringView text, qsizetype position) const
    {
        QVarLengthArray<qsizetype, 16> lengths;
        int node = 0;
        for (qsizetype i = position; i < text.size(); ++i) {
            node = child(node, UrlCharacters::canonical(text[i].unicode()));
            if (node < 0)
                break;
            if (m_nodes[node].terminal)
                lengths.append(i + 1 - position);
        }
        for (auto it = lengths.crbegin(); it != lengths.crend(); ++it) {
            const qsizetype end = position + *it;
            if (end == text.size() ||
                !UrlCharacters::is(text[end].unicode(), UrlCharacters::TldContinuation))
                return *it;
        }
        return 0;
    }

private:
    struct Node
    {
        std::vector<std::pair<char16_t, int>> children;
        bool terminal = false;
    };

    // Children are kept sorted by unit (the root has about 200).
    static auto lowerBound(const std::vector<std::pair<char16_t, int>> &children, char16_t unit)
    {
        return std::lower_bound(children.cbegin(), children.cend(), unit,
                                [](const auto &entry, char16_t u) { return entry.first < u; });
    }

    int child(int node, char16_t unit) const
    {
        const auto &children = m_nodes[node].children;
        const auto it = lowerBound(children, unit);
        return it != children.cend() && it->first == unit ? it->second : -1;
    }

    void insert(QStringView tld)
    {
        int node = 0;
        for (QChar c : tld) {
            const char16_t unit = UrlCharacters::canonical(c.unicode());
            int next = child(node, unit);
            if (next < 0) {
                next = int(m_nodes.size());
                auto &children = m_nodes[node].children;
                children.emplace(lowerBound(children, unit), unit, next);
                m_nodes.emplace_back();
            }
            node = next;
        }
        m_nodes[node].terminal = true;
    }

    std::vector<Node> m_nodes;
};

// validPunycode: "xn--" and then at least one of [-0-9a-z], as many as there are.
qsizetype punycodeAt(QStringView text, qsizetype position)
{
    constexpr char16_t kPrefix[] = u"XN--";
    qsizetype i = position;
    for (const char16_t *p = kPrefix; *p; ++p, ++i) {
        if (i >= text.size() || UrlCharacters::canonical(text[i].unicode()) != *p)
            return 0;
    }
    const qsizetype digitsStart = i;
    while (i < text.size()) {
        const char16_t c = UrlCharacters::canonical(text[i].unicode());
        if (!((c >= u'A' && c <= u'Z') || UrlCharacters::isAsciiDigit(c) || c == u'-'))
            break;
        ++i;
    }
    return i > digitsStart ? i - position : 0;
}
} // namespace

qsizetype TopLevelDomains::matchAt(QStringView text, qsizetype position)
{
    static const TldTree generic(kTwitterGenericTlds);
    static const TldTree country(kTwitterCountryTlds);
    if (const qsizetype length = generic.matchAt(text, position))
        return length;
    if (const qsizetype length = country.matchAt(text, position))
        return length;
    return punycodeAt(text, position);
}

} // namespace CreatorDesk
