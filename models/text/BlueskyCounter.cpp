// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/BlueskyCounter.h"

#include "text/GraphemeClusters.h"
#include "text/Utf8Length.h"

#include <QUrl>

namespace CreatorDesk {

TextCount BlueskyCounter::count(const QString &text)
{
    TextCount result;
    result.limit = kMaxGraphemes;
    qsizetype bytes = 0;
    // A UTF-16 unit takes at most three bytes: most texts cannot break the byte limit.
    const bool bytesMayBreak = text.size() * 3 > kMaxBytes;
    GraphemeClusters::forEach(text, [&](qsizetype start, qsizetype end) {
        ++result.length;
        if (bytesMayBreak)
            bytes += utf8Length(QStringView(text).mid(start, end - start));
        // Whichever limit breaks first marks where the editor starts highlighting.
        if (!result.isOverLimit() && (result.length > kMaxGraphemes || bytes > kMaxBytes)) {
            result.overLimitStart = start;
            result.overLimitLength = text.size() - start;
        }
    });
    result.valid = result.length > 0 && !result.isOverLimit();
    return result;
}

QString BlueskyCounter::shortenedLinkText(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() ||
        (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
        return url;
    QString rest = parsed.path(QUrl::FullyEncoded);
    if (rest == QLatin1String("/"))
        rest.clear();
    if (parsed.hasQuery())
        rest += u'?' + parsed.query(QUrl::FullyEncoded);
    if (parsed.hasFragment())
        rest += u'#' + parsed.fragment(QUrl::FullyEncoded);
    const QString host = parsed.host(QUrl::FullyDecoded);
    const QString port = parsed.port() >= 0 ? u':' + QString::number(parsed.port()) : QString();
    if (rest.size() > 15)
        return host + port + rest.left(13) + QLatin1String("...");
    return host + port + rest;
}

} // namespace CreatorDesk
