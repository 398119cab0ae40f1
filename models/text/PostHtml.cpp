// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/PostHtml.h"

#include <QStringList>

namespace CreatorDesk {

namespace {
QString unescape(QStringView text)
{
    static const std::pair<QLatin1String, QChar> entities[] = {
        {QLatin1String("&lt;"), QLatin1Char('<')},    {QLatin1String("&gt;"), QLatin1Char('>')},
        {QLatin1String("&quot;"), QLatin1Char('"')},  {QLatin1String("&#39;"), QLatin1Char('\'')},
        {QLatin1String("&apos;"), QLatin1Char('\'')}, {QLatin1String("&nbsp;"), QChar(0xa0)},
        {QLatin1String("&amp;"), QLatin1Char('&')}};
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            bool matched = false;
            for (const auto &[entity, character] : entities) {
                if (text.mid(i).startsWith(entity)) {
                    out.append(character);
                    i += entity.size() - 1;
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
        }
        out.append(text[i]);
    }
    return out;
}
} // namespace

QString PostHtml::toHtml(const QString &plainText)
{
    QString normalised = plainText;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString html;
    const QStringList lines = normalised.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        html += QLatin1String("<p>") + line.toHtmlEscaped() + QLatin1String("</p>");
    return html;
}

QString PostHtml::fromHtml(const QString &html)
{
    QStringList lines;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = html.indexOf(QLatin1String("<p>"), pos);
        if (open < 0)
            break;
        const qsizetype close = html.indexOf(QLatin1String("</p>"), open + 3);
        if (close < 0)
            break;
        lines.append(unescape(QStringView(html).mid(open + 3, close - open - 3)));
        pos = close + 4;
    }
    if (lines.isEmpty()) // not paragraph HTML: unescape whatever came
        return unescape(html);
    return lines.join(QLatin1Char('\n'));
}

} // namespace CreatorDesk
