// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace CreatorDesk {

// The main window's list of sections, one row (icon and label) per pane. Its selection is soft
// so the icons and labels stay readable, and it is exactly as wide as its longest label: it
// never scrolls.
class SectionSidebar final : public QListWidget
{
    Q_OBJECT

public:
    explicit SectionSidebar(QWidget *parent = nullptr);

    // `iconName`: an SVG under :/icons/, drawn as it is also when selected.
    void insertSection(int row, const QString &iconName, const QString &label);
    // After the last section (and after a change of font).
    void fitWidthToLabels();
};

} // namespace CreatorDesk
