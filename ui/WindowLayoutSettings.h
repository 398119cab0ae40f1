// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMainWindow;

namespace CreatorDesk {

// Where the main window was, its tool bars, and which section it showed, kept in QSettings
// between runs. Only layout goes there; nothing secret is ever written to QSettings.
class WindowLayoutSettings final
{
public:
    // Restores the geometry (or a default size that fits the screen) and the tool bars, and
    // returns the section to show: the saved one when it is in [0, sectionCount), else
    // `defaultSection`.
    static int restore(QMainWindow *window, int defaultSection, int sectionCount);
    static void save(const QMainWindow *window, int section);
};

} // namespace CreatorDesk
