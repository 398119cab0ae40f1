// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DesktopBrowser.h"

#include <QDesktopServices>

namespace CreatorDesk {

BrowserLauncher DesktopBrowser::launcher()
{
    return [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
}

} // namespace CreatorDesk
