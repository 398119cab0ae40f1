// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QPalette>
#include <QString>

namespace CreatorDesk {

class AccountStatus;

// How the credits of the active connection read on screen, shared by the pane and the status
// bar: balance, expiry, quota, staleness and the services without a balance.
class CreditsText final
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::CreditsText)

public:
    // The big number of the pane: "500 credits", "Checking…", "No balance".
    static QString headline(const AccountStatus &status);
    // The status bar: "500 credits · expire 22 Dec 2026", "(as of 7 min ago)" when stale.
    static QString summary(const AccountStatus &status, const QDateTime &now);
    // "22 Dec 2026 (in 5 days)", "Never".
    static QString expiry(const AccountStatus &status, const QDateTime &now);
    // "just now", "as of 7 min ago (out of date)".
    static QString checked(const AccountStatus &status, const QDateTime &now);
    // "1,234 of 10,000 used · resets 1 Dec 2026"
    static QString quota(const AccountStatus &status);
    // For a service that reports no balance.
    static QString noBalance(const QString &serviceName);
    static QString credits(qint64 count);
    // A style sheet colouring a label as needing attention: dark red on light palettes, a light
    // red on dark ones, so it stays readable in both.
    static QString attentionStyle(const QPalette &palette, bool bold = false);
};

} // namespace CreatorDesk
