// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace CreatorDesk {

// Runs an action when Delete (or Backspace) is pressed in a view, the keyboard way to remove
// the selected item. Parented to the view it watches.
class DeleteKeyHandler final : public QObject
{
    Q_OBJECT

public:
    static void install(QWidget *view, std::function<void()> action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DeleteKeyHandler(QWidget *view, std::function<void()> action);

    std::function<void()> m_action;
};

} // namespace CreatorDesk
