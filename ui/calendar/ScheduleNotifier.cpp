// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleNotifier.h"

#include "Formatting.h"
#include "ScheduleModel.h"
#include "ScheduleText.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace CreatorDesk {

ScheduleNotifier::ScheduleNotifier(ScheduleModel *model, QObject *parent)
    : QObject(parent)
{
    connect(model, &ScheduleModel::itemPublished, this, [this](const ScheduleItem &item) {
        show(tr("Published: %1").arg(item.draftTitle),
             tr("\"%1\" went out on %2.")
                 .arg(item.draftTitle, Formatting::platformName(item.platformName)),
             false);
    });
    connect(model, &ScheduleModel::itemFailed, this, [this](const ScheduleItem &item, bool final) {
        const QString platform = Formatting::platformName(item.platformName);
        if (final)
            show(tr("Not published: %1").arg(item.draftTitle),
                 tr("\"%1\" could not go out on %2: %3. Open the schedule to retry.")
                     .arg(item.draftTitle, platform, ScheduleText::errorText(item.lastError)),
                 true);
        else
            show(tr("Publishing delayed: %1").arg(item.draftTitle),
                 tr("\"%1\" could not go out on %2 yet: %3. The service tries again.")
                     .arg(item.draftTitle, platform, ScheduleText::errorText(item.lastError)),
                 true);
    });
}

void ScheduleNotifier::show(const QString &title, const QString &message, bool failure)
{
    const bool viaTray = m_trayEnabled && QSystemTrayIcon::isSystemTrayAvailable() &&
                         QSystemTrayIcon::supportsMessages();
    if (viaTray) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(tr("Creator Desk"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                    &ScheduleNotifier::messageClicked);
        }
        m_tray->show();
        m_tray->showMessage(title, message,
                            failure ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            10'000);
    }
    Q_EMIT notified(title, message, failure, viaTray);
}

} // namespace CreatorDesk
