// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <chrono>
#include <functional>

class QSystemTrayIcon;

namespace CreatorDesk {

// The app's one way to the desktop's notifications: a single tray icon, made when the first
// message is shown, shared by every feature that has something to say (a scheduled post went
// out, the credits are low). Where the desktop has no tray that shows messages, notify()
// returns false and the caller says it in the window instead.
class DesktopNotifications final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning };

    explicit DesktopNotifications(QObject *parent = nullptr);
    ~DesktopNotifications() override;

    static bool isAvailable();

    // `onClicked` runs when the person clicks this message (a later message replaces it).
    bool notify(const QString &title, const QString &message, Kind kind,
                std::chrono::milliseconds shownFor, std::function<void()> onClicked = {});

private:
    QSystemTrayIcon *m_tray = nullptr;
    std::function<void()> m_onClicked;
};

} // namespace CreatorDesk
