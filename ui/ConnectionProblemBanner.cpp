// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionProblemBanner.h"

#include "api/ApiError.h"
#include "common/BannerBar.h"

namespace CreatorDesk {

ConnectionProblemBanner::ConnectionProblemBanner(BannerBar *banner, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
{
    connect(m_banner, &BannerBar::actionTriggered, this, &ConnectionProblemBanner::onAction);
}

void ConnectionProblemBanner::showKeyUnreadable(const QString &connectionName,
                                                const QString &problem)
{
    m_reason = Reason::KeyUnreadable;
    m_banner->showMessage(BannerBar::Kind::Error,
                          tr("\"%1\" cannot be used: %2").arg(connectionName, problem),
                          tr("Open API &keys"));
}

void ConnectionProblemBanner::keyWasRead()
{
    if (m_reason == Reason::KeyUnreadable)
        m_banner->hide();
}

void ConnectionProblemBanner::connectionChanged()
{
    if (m_reason != Reason::KeyUnreadable) {
        m_reason = Reason::None;
        m_banner->hide();
    }
}

void ConnectionProblemBanner::showRequestFailed(const ApiError &error, const QString &serviceName,
                                                const QString &connectionName, bool canReconnect)
{
    if (error.code == QLatin1String("TOKEN_EXPIRED")) {
        m_reason = Reason::TokenExpired;
        m_banner->showMessage(BannerBar::Kind::Warning,
                              tr("The sign-in of a social account has expired, so posting to it "
                                 "failed. Reconnect the account; your drafts stay as they are."),
                              canReconnect ? tr("&Reconnect X account…") : QString());
        return;
    }
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 401) {
        m_reason = Reason::KeyRefused;
        m_banner->showMessage(BannerBar::Kind::Error,
                              tr("%1 refused the key of \"%2\" — verify it or sign in again.")
                                  .arg(serviceName, connectionName),
                              tr("Open API &keys"));
    }
}

void ConnectionProblemBanner::showOffline(const QString &serviceName)
{
    // Problems the person must act on keep the banner; this one passes by itself.
    if (m_reason != Reason::None && m_reason != Reason::Offline)
        return;
    m_reason = Reason::Offline;
    m_banner->showMessage(BannerBar::Kind::Warning,
                          tr("Offline: %1 cannot be reached. You can keep writing; drafts are "
                             "saved on this computer, and Creator Desk reconnects by itself.")
                              .arg(serviceName.isEmpty() ? tr("the service") : serviceName));
}

void ConnectionProblemBanner::connectionReturned()
{
    if (m_reason == Reason::Offline) {
        m_reason = Reason::None;
        m_banner->hide();
    }
}

void ConnectionProblemBanner::onAction()
{
    if (m_reason == Reason::TokenExpired)
        Q_EMIT reconnectRequested();
    else
        Q_EMIT openKeysRequested();
}

} // namespace CreatorDesk
