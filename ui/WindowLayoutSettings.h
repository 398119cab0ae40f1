// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMainWindow;

namespace CreatorDesk {

class Settings;

// Where the main window was, its tool bars, and which section it showed, kept in Settings
// between runs. With no settings (null), the window opens at its default size.
class WindowLayoutSettings final
{
public:
    // Restores the geometry (or a default size that fits the screen) and the tool bars, and
    // returns the section to show: the saved one when it is in [0, sectionCount), else
    // `defaultSection`.
    static int restore(QMainWindow *window, const Settings *settings, int defaultSection,
                       int sectionCount);
    static void save(const QMainWindow *window, Settings *settings, int section);
};

} // namespace CreatorDesk
