// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DeleteKeyHandler.h"

#include <QKeyEvent>
#include <QWidget>

namespace CreatorDesk {

DeleteKeyHandler::DeleteKeyHandler(QWidget *view, std::function<void()> action)
    : QObject(view)
    , m_action(std::move(action))
{
    view->installEventFilter(this);
}

void DeleteKeyHandler::install(QWidget *view, std::function<void()> action)
{
    new DeleteKeyHandler(view, std::move(action)); // owned by the view
}

bool DeleteKeyHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            m_action();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace CreatorDesk
