// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>

namespace CreatorDesk {

// Work the window would otherwise do on the GUI thread the first time it needs it, done
// beforehand on a pool thread while the window is being built: loading the image format
// plugins (Qt asks all of them when it reads its first PNG, a tool bar's extension arrow) and
// building the tables of X's URL grammar (the restored draft is counted before it is shown).
// Each part is thread-safe; whichever thread comes second finds it done.
class StartupWarmUp final
{
public:
    // Started after the QApplication exists (plugin paths depend on it).
    static QFuture<void> start();
};

} // namespace CreatorDesk
