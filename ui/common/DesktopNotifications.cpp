// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DesktopNotifications.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace CreatorDesk {

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{}

DesktopNotifications::~DesktopNotifications() = default;

bool DesktopNotifications::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

bool DesktopNotifications::notify(const QString &title, const QString &message, Kind kind,
                                  std::chrono::milliseconds shownFor,
                                  std::function<void()> onClicked)
{
    if (!isAvailable())
        return false;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Creator Desk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_onClicked)
                m_onClicked();
        });
    }
    m_onClicked = std::move(onClicked);
    m_tray->show();
    m_tray->showMessage(title, message,
                        kind == Kind::Warning ? QSystemTrayIcon::Warning
                                              : QSystemTrayIcon::Information,
                        int(shownFor.count()));
    return true;
}

} // namespace CreatorDesk
