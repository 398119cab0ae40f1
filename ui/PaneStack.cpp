// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaneStack.h"

#include <QTimer>

#include <algorithm>

namespace CreatorDesk {

PaneStack::PaneStack(QWidget *parent)
    : QStackedWidget(parent)
{}

void PaneStack::addPane(QWidget *pane)
{
    m_factories.emplace_back();
    addWidget(pane);
}

void PaneStack::addLazyPane(Factory factory)
{
    Q_ASSERT(factory);
    m_factories.push_back(std::move(factory));
    addWidget(new QWidget(this));
}

QWidget *PaneStack::builtPane(int index) const
{
    if (index < 0 || index >= count() || m_factories[size_t(index)])
        return nullptr;
    return widget(index);
}

QWidget *PaneStack::pane(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    Factory factory = std::exchange(m_factories[size_t(index)], {});
    if (!factory)
        return widget(index);

    QWidget *placeholder = widget(index);
    const bool wasCurrent = currentIndex() == index;
    QWidget *built = factory();
    insertWidget(index, built);
    if (wasCurrent)
        setCurrentIndex(index);
    removeWidget(placeholder);
    delete placeholder;
    Q_EMIT paneBuilt(index, built);
    return built;
}

void PaneStack::showPane(int index)
{
    if (QWidget *page = pane(index))
        setCurrentWidget(page);
}

void PaneStack::buildRemainingInBackground()
{
    QTimer::singleShot(0, this, [this] {
        const auto waiting = std::find_if(m_factories.begin(), m_factories.end(),
                                          [](const Factory &factory) { return bool(factory); });
        if (waiting == m_factories.end())
            return;
        pane(int(waiting - m_factories.begin()));
        buildRemainingInBackground();
    });
}

} // namespace CreatorDesk
