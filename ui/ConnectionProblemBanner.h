// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace CreatorDesk {

class BannerBar;
struct ApiError;

// What the main window's problem banner says about the active connection: a key that cannot be
// read, a key the service refused, an expired social sign-in, or being offline. Problems the
// person must act on keep the banner; being offline passes by itself and never hides them.
class ConnectionProblemBanner final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionProblemBanner(BannerBar *banner, QObject *parent = nullptr);

    BannerBar *banner() const { return m_banner; }

    // The chosen connection's key could not be read from the keychain.
    void showKeyUnreadable(const QString &connectionName, const QString &problem);
    // The chosen connection's key was read: a message about an unreadable key goes.
    void keyWasRead();
    // Another connection is in use: what was said about the previous one goes (except an
    // unreadable key, which is why the previous one is still in use).
    void connectionChanged();
    // A request of the active connection failed; only an expired sign-in and a refused key are
    // said here (`canReconnect`: the banner offers to connect the X account again).
    void showRequestFailed(const ApiError &error, const QString &serviceName,
                           const QString &connectionName, bool canReconnect);
    // `serviceName` empty: "the service".
    void showOffline(const QString &serviceName);
    void connectionReturned();

Q_SIGNALS:
    // The banner's button, by what it said.
    void reconnectRequested();
    void openKeysRequested();

private:
    enum class Reason { None, TokenExpired, KeyRefused, KeyUnreadable, Offline };

    void onAction();

    BannerBar *m_banner;
    Reason m_reason = Reason::None;
};

} // namespace CreatorDesk
