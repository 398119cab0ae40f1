// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/DesktopNotifications.h"

#include <QObject>
#include <QPointer>

namespace CreatorDesk {

class AccountStatus;
class BannerBar;

// Says so when the balance falls below the warning level: a system-tray message where the
// desktop has a tray, otherwise (or when `preferBanner`) a banner in the window.
class LowBalanceNotifier final : public QObject
{
    Q_OBJECT

public:
    // `notifications` may be null: the banner then says it.
    LowBalanceNotifier(AccountStatus *status, BannerBar *banner,
                       DesktopNotifications *notifications, QObject *parent = nullptr);

    // For tests and desktops whose tray is unreliable.
    void setPreferBanner(bool prefer) { m_preferBanner = prefer; }
    QString lastMessage() const { return m_lastMessage; }

Q_SIGNALS:
    void notified(const QString &message, bool viaTray);
    void openCreditsRequested();

private:
    void onCrossedBelow(const QString &connectionKey, qint64 balance, qint64 threshold);

    QPointer<AccountStatus> m_status;
    QPointer<BannerBar> m_banner;
    QPointer<DesktopNotifications> m_notifications;
    bool m_preferBanner = false;
    QString m_lastMessage;
};

} // namespace CreatorDesk
