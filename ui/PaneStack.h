// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

#include <functional>
#include <vector>

namespace CreatorDesk {

// The main window's sections, each built the first time it is needed: start-up pays only for
// the section that is shown, not for the key list, the calendar and the charts behind it.
// Until then a page is an empty placeholder.
class PaneStack final : public QStackedWidget
{
    Q_OBJECT

public:
    using Factory = std::function<QWidget *()>;

    explicit PaneStack(QWidget *parent = nullptr);

    // Appends a page built now.
    void addPane(QWidget *pane);
    // Appends a page that `factory` builds (as a child of this stack) when it is first needed.
    void addLazyPane(Factory factory);

    // The page's widget, built now if it has not been.
    QWidget *pane(int index);
    // The page's widget, or nullptr while it is not built.
    QWidget *builtPane(int index) const;
    bool isBuilt(int index) const { return builtPane(index) != nullptr; }
    // Builds the page if needed and makes it the current one.
    void showPane(int index);
    // Builds the pages still waiting, one per turn of the event loop so that input is
    // handled in between (after the window's first paint: sections such as the schedule
    // also work in the background, and opening one later is instant).
    void buildRemainingInBackground();

Q_SIGNALS:
    // Once per lazy page, after it replaced its placeholder.
    void paneBuilt(int index, QWidget *pane);

private:
    // Empty for pages that are built.
    std::vector<Factory> m_factories;
};

} // namespace CreatorDesk
