// SPDX-License-Identifier: GPL-3.0-or-later
#include "credits/LowBalanceNotifier.h"

#include "common/BannerBar.h"
#include "common/DesktopNotifications.h"
#include "connections/AccountStatus.h"
#include "credits/CreditThreshold.h"

using namespace std::chrono_literals;

namespace CreatorDesk {

LowBalanceNotifier::LowBalanceNotifier(AccountStatus *status, BannerBar *banner,
                                       DesktopNotifications *notifications, QObject *parent)
    : QObject(parent)
    , m_status(status)
    , m_banner(banner)
    , m_notifications(notifications)
{
    connect(status->threshold(), &CreditThreshold::crossedBelow, this,
            &LowBalanceNotifier::onCrossedBelow);
    if (m_banner) {
        connect(m_banner, &BannerBar::actionTriggered, this, [this] {
            m_banner->hide();
            Q_EMIT openCreditsRequested();
        });
        // A balance back above the level makes the warning obsolete.
        connect(status, &AccountStatus::changed, this, [this] {
            if (m_banner && m_banner->isVisible() && m_status && m_status->hasBalance() &&
                !m_status->isBelowThreshold())
                m_banner->hide();
        });
    }
}

void LowBalanceNotifier::onCrossedBelow(const QString &connectionKey, qint64 balance,
                                        qint64 threshold)
{
    if (!m_status || connectionKey != m_status->connectionKey())
        return;
    const QString name = m_status->serviceName();
    m_lastMessage = CreditThreshold::warningText(balance, threshold);
    const QPointer<LowBalanceNotifier> self(this);
    const bool viaTray = !m_preferBanner && m_notifications &&
                         m_notifications->notify(tr("%1 credits are low").arg(name), m_lastMessage,
                                                 DesktopNotifications::Kind::Warning, 15s, [self] {
                                                     if (self)
                                                         Q_EMIT self->openCreditsRequested();
                                                 });
    if (!viaTray && m_banner) {
        m_banner->showMessage(BannerBar::Kind::Warning, m_lastMessage, tr("Open &Credits"));
    }
    Q_EMIT notified(m_lastMessage, viaTray);
}

} // namespace CreatorDesk
