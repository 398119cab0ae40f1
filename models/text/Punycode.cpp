// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/Punycode.h"

#include <QList>

#include <algorithm>

namespace CreatorDesk {

namespace {
// RFC 3492 section 5 parameters.
constexpr qint64 kBase = 36;
constexpr qint64 kTMin = 1;
constexpr qint64 kTMax = 26;
constexpr qint64 kSkew = 38;
constexpr qint64 kDamp = 700;
constexpr qint64 kInitialBias = 72;
constexpr char32_t kInitialN = 0x80;

qint64 adapt(qint64 delta, qint64 points, bool first)
{
    delta = first ? delta / kDamp : delta / 2;
    delta += delta / points;
    qint64 k = 0;
    while (delta > ((kBase - kTMin) * kTMax) / 2) {
        delta /= kBase - kTMin;
        k += kBase;
    }
    return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
}
} // namespace

qsizetype Punycode::encodedLabelLength(QStringView label)
{
    // Most labels are ASCII and used as they are.
    if (std::all_of(label.cbegin(), label.cend(), [](QChar c) { return c.unicode() < kInitialN; }))
        return label.size();
    const QList<uint> codePoints = label.toUcs4();
    qsizetype basic = 0;
    for (uint c : codePoints) {
        if (c < kInitialN)
            ++basic;
    }
    if (basic == codePoints.size())
        return basic; // ASCII labels are used as they are

    // Walk the encoder's state machine and count the digits it would write.
    qsizetype length = 4 + basic + (basic > 0 ? 1 : 0); // "xn--", basic part, delimiter
    char32_t n = kInitialN;
    qint64 delta = 0;
    qint64 bias = kInitialBias;
    qsizetype handled = basic;
    while (handled < codePoints.size()) {
        char32_t next = 0x10FFFF + 1;
        for (uint c : codePoints) {
            if (c >= n && c < next)
                next = c;
        }
        delta += qint64(next - n) * (handled + 1);
        n = next;
        for (uint c : codePoints) {
            if (c < n)
                ++delta;
            if (c != n)
                continue;
            qint64 q = delta;
            for (qint64 k = kBase;; k += kBase) {
                const qint64 t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
                if (q < t)
                    break;
                ++length;
                q = (q - t) / (kBase - t);
            }
            ++length;
            bias = adapt(delta, handled + 1, handled == basic);
            delta = 0;
            ++handled;
        }
        ++delta;
        ++n;
    }
    return length;
}

} // namespace CreatorDesk
