// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleNotifier.h"

#include "common/DesktopNotifications.h"
#include "common/Formatting.h"
#include "schedule/ScheduleModel.h"
#include "schedule/ScheduleText.h"

using namespace std::chrono_literals;

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
    const QPointer<ScheduleNotifier> self(this);
    const bool viaTray = m_notifications &&
                         m_notifications->notify(title, message,
                                                 failure ? DesktopNotifications::Kind::Warning
                                                         : DesktopNotifications::Kind::Information,
                                                 10s, [self] {
                                                     if (self)
                                                         Q_EMIT self->messageClicked();
                                                 });
    Q_EMIT notified(title, message, failure, viaTray);
}

} // namespace CreatorDesk
