// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace CreatorDesk {

// Keys travel only over https, except to this machine (a local sandbox or staging server).
class UrlPolicy final
{
public:
    static bool isLoopbackHost(const QString &host);
    // Empty when `url` may carry a key; otherwise a sentence saying why not.
    static QString violation(const QUrl &url);
};

} // namespace CreatorDesk
