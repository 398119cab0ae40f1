// SPDX-License-Identifier: GPL-3.0-or-later
#include "LowBalanceNotifier.h"

#include "AccountStatus.h"
#include "CreditThreshold.h"
#include "widgets/BannerBar.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace CreatorDesk {

LowBalanceNotifier::LowBalanceNotifier(AccountStatus *status, BannerBar *banner, QObject *parent)
    : QObject(parent)
    , m_status(status)
    , m_banner(banner)
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
    const bool viaTray = !m_preferBanner && QSystemTrayIcon::isSystemTrayAvailable() &&
                         QSystemTrayIcon::supportsMessages();
    if (viaTray) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(tr("Creator Desk"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                    &LowBalanceNotifier::openCreditsRequested);
        }
        m_tray->show();
        m_tray->showMessage(tr("%1 credits are low").arg(name), m_lastMessage,
                            QSystemTrayIcon::Warning, 15'000);
    } else if (m_banner) {
        m_banner->showMessage(BannerBar::Kind::Warning, m_lastMessage, tr("Open &Credits"));
    }
    Q_EMIT notified(m_lastMessage, viaTray);
}

} // namespace CreatorDesk
