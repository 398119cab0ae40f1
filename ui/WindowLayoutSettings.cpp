// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowLayoutSettings.h"

#include "storage/Settings.h"

#include <QMainWindow>
#include <QScreen>

namespace CreatorDesk {

int WindowLayoutSettings::restore(QMainWindow *window, const Settings *settings, int defaultSection,
                                  int sectionCount)
{
    const Settings::WindowLayout layout =
        settings ? settings->windowLayout() : Settings::WindowLayout{};
    if (!window->restoreGeometry(layout.geometry)) {
        const QSize available =
            window->screen() ? window->screen()->availableSize() : QSize(1280, 800);
        window->resize(QSize(1280, 800).boundedTo(available * 0.9));
    }
    window->restoreState(layout.state);
    const int section = layout.section.value_or(defaultSection);
    return section >= 0 && section < sectionCount ? section : defaultSection;
}

void WindowLayoutSettings::save(const QMainWindow *window, Settings *settings, int section)
{
    if (settings)
        settings->setWindowLayout({window->saveGeometry(), window->saveState(), section});
}

} // namespace CreatorDesk
