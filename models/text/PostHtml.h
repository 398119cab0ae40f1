// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CreatorDesk {

// A post's plain text as the HTML the xAIcreator API accepts, and back: one <p> per line, the
// text escaped. fromHtml(toHtml(text)) == text for every text (line ends become "\n").
class PostHtml final
{
public:
    static QString toHtml(const QString &plainText);
    static QString fromHtml(const QString &html);
};

} // namespace CreatorDesk
