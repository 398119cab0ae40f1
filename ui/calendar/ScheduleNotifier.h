// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/ScheduleDtos.h"

#include <QObject>

class QSystemTrayIcon;

namespace CreatorDesk {

class ScheduleModel;

// A desktop notification (tray message) when a scheduled post is published or fails while
// the app runs. Where there is no tray, `notified` still fires and the pane shows the text.
class ScheduleNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit ScheduleNotifier(ScheduleModel *model, QObject *parent = nullptr);

    // Tests: never show a tray icon.
    void setTrayEnabled(bool enabled) { m_trayEnabled = enabled; }

Q_SIGNALS:
    void notified(const QString &title, const QString &message, bool failure, bool viaTray);
    void messageClicked();

private:
    void show(const QString &title, const QString &message, bool failure);

    QSystemTrayIcon *m_tray = nullptr;
    bool m_trayEnabled = true;
};

} // namespace CreatorDesk
