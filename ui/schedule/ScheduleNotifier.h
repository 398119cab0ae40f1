// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/ScheduleDtos.h"
#include "common/DesktopNotifications.h"

#include <QObject>
#include <QPointer>

namespace CreatorDesk {

class ScheduleModel;

// A desktop notification when a scheduled post is published or fails while the app runs.
// Without notifications (none given, or no tray), `notified` still fires and the pane shows
// the text.
class ScheduleNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit ScheduleNotifier(ScheduleModel *model, QObject *parent = nullptr);

    void setNotifications(DesktopNotifications *notifications) { m_notifications = notifications; }

Q_SIGNALS:
    void notified(const QString &title, const QString &message, bool failure, bool viaTray);
    void messageClicked();

private:
    void show(const QString &title, const QString &message, bool failure);

    QPointer<DesktopNotifications> m_notifications;
};

} // namespace CreatorDesk
