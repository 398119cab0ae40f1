// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowLayoutSettings.h"

#include <QMainWindow>
#include <QScreen>
#include <QSettings>

namespace CreatorDesk {

namespace {

const auto GeometryKey = QStringLiteral("MainWindow/geometry");
const auto StateKey = QStringLiteral("MainWindow/state");
const auto SectionKey = QStringLiteral("MainWindow/pane");

} // namespace

int WindowLayoutSettings::restore(QMainWindow *window, int defaultSection, int sectionCount)
{
    const QSettings settings;
    if (!window->restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        const QSize available =
            window->screen() ? window->screen()->availableSize() : QSize(1280, 800);
        window->resize(QSize(1280, 800).boundedTo(available * 0.9));
    }
    window->restoreState(settings.value(StateKey).toByteArray());
    const int section = settings.value(SectionKey, defaultSection).toInt();
    return section >= 0 && section < sectionCount ? section : defaultSection;
}

void WindowLayoutSettings::save(const QMainWindow *window, int section)
{
    QSettings settings;
    settings.setValue(GeometryKey, window->saveGeometry());
    settings.setValue(StateKey, window->saveState());
    settings.setValue(SectionKey, section);
}

} // namespace CreatorDesk
