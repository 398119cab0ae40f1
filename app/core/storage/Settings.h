// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/InstanceLimits.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace CreatorDesk {

// The person's preferences and the main window's layout, kept between runs: the one place
// that opens QSettings for them. Nothing secret is ever written here (keys live in the
// keychain; the connections' index is ConnectionStore's own file).
class Settings final
{
public:
    struct WindowLayout
    {
        QByteArray geometry; // QWidget::saveGeometry()
        QByteArray state;    // QMainWindow::saveState()
        std::optional<int> section;
    };

    // What the person said about one social account's limits (AccountLimits).
    struct AccountLimitChoice
    {
        bool xPremium = false;
        QString mastodonInstance;                 // empty: taken from the account's name
        std::optional<int> mastodonMaxCharacters; // the person's own figure over the instance's

        bool operator==(const AccountLimitChoice &) const = default;
    };

    // The application's settings.
    Settings();
    // An INI file of its own (tests, a portable set-up).
    explicit Settings(const QString &iniFile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // The balance under which the person is warned; nullopt when never set or unreadable.
    std::optional<qint64> creditWarningThreshold() const;
    void setCreditWarningThreshold(qint64 credits);

    WindowLayout windowLayout() const;
    void setWindowLayout(const WindowLayout &layout);

    AccountLimitChoice accountLimitChoice(const QString &accountId) const;
    void setAccountLimitChoice(const QString &accountId, const AccountLimitChoice &choice);
    // The last limits read from a Mastodon instance (MastodonInstanceClient::normalized).
    std::optional<InstanceLimits> instanceLimits(const QString &instance) const;
    void setInstanceLimits(const QString &instance, const InstanceLimits &limits);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace CreatorDesk
