// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-written URL grammar against the PCRE regex it replaced (tests/text/
// RegexUrlExtractor): on any text both read alike, both must find the same URLs at the same
// places. Left out: texts with surrogates (PCRE reads code points, JavaScript and the grammar
// UTF-16 units) and the characters PCRE matches case-insensitively to ASCII or across scripts
// where JavaScript does not (tst_urlgrammar checks the grammar against JavaScript there).
#include "RegexUrlExtractor.h"
#include "text/UrlExtractor.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace CreatorDesk;

namespace {
bool readAlike(const QString &text)
{
    static constexpr char16_t kCaseFoldedDifferently[] = {0x212A, 0x212B, 0x2126, 0x017F,
                                                          0x0130, 0x0131, 0x1E9E, 0x0345,
                                                          0x1FBE, 0x03C2, 0x03F4, 0x1E9B};
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isSurrogate() ||
               std::find(std::begin(kCaseFoldedDifferently), std::end(kCaseFoldedDifferently),
                         c.unicode()) != std::end(kCaseFoldedDifferently);
    });
}

bool same(const QList<ExtractedUrl> &a, const QList<ExtractedUrl> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const ExtractedUrl &x, const ExtractedUrl &y) {
                          return x.url == y.url && x.start == y.start && x.length == y.length &&
                                 x.hasScheme == y.hasScheme;
                      });
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!readAlike(text))
        return 0;
    for (const auto mode : {UrlExtractor::Mode::Twitter, UrlExtractor::Mode::SchemeRequired}) {
        if (!same(UrlExtractor::extract(text, mode),
                  Testing::RegexUrlExtractor::extract(text, mode)))
            __builtin_trap();
    }
    return 0;
}
