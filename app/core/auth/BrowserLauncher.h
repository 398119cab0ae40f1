// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

#include <functional>

namespace CreatorDesk {

// Opens a URL in the person's browser. The GUI passes QDesktopServices::openUrl, the CLI
// $BROWSER or printing, tests a function that plays the browser; core has no GUI of its own.
using BrowserLauncher = std::function<bool(const QUrl &url)>;

} // namespace CreatorDesk
