// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>

namespace CreatorDesk {

// Work the window would otherwise do on the GUI thread the first time it needs it, done
// beforehand on other threads while the window is being built. Each part is thread-safe;
// whichever thread comes second finds it done.
class StartupWarmUp final
{
public:
    // Where Qt draws text with fontconfig: reads its configuration (dozens of XML files, a few
    // milliseconds) from the start of main(), before the QApplication exists.
    static void startFontConfiguration();
    // Before the first widget: waits for that reading rather than doing it a second time
    // beside it. Returns at once when it was not started.
    static void waitForFontConfiguration();

    // Right after the QApplication exists (plugin paths depend on it): loads the icon engine
    // plugins (the first SVG icon needs them), the image format plugins (Qt asks all of them
    // when it reads its first PNG, a tool bar's extension arrow) and builds the tables of X's
    // URL grammar (the restored draft is counted before it is shown).
    static QFuture<void> start();
};

} // namespace CreatorDesk
