// SPDX-License-Identifier: GPL-3.0-or-later
#include "credits/CreditsText.h"

#include "common/Formatting.h"
#include "connections/AccountStatus.h"

#include <QLocale>

#include <limits>

namespace CreatorDesk {

QString CreditsText::credits(qint64 count)
{
    const int n = int(qBound(qint64(0), count, qint64(std::numeric_limits<int>::max())));
    return tr("%n credits", nullptr, n);
}

QString CreditsText::attentionStyle(const QPalette &palette, bool bold)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return QStringLiteral("QLabel { color: %1;%2 }")
        .arg(dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b3261e"),
             bold ? QStringLiteral(" font-weight: bold;") : QString());
}

QString CreditsText::headline(const AccountStatus &status)
{
    switch (status.source()) {
    case AccountStatus::Source::None:
        return tr("No connection");
    case AccountStatus::Source::NoBalance:
        return tr("No balance");
    case AccountStatus::Source::XaiCredits:
    case AccountStatus::Source::XquikAccount:
        break;
    }
    if (status.hasBalance())
        return credits(status.balance());
    if (status.isLoading())
        return tr("Checking…");
    if (status.source() == AccountStatus::Source::XquikAccount && status.fetchedAt().isValid())
        return tr("No credits reported");
    return tr("Not known");
}

QString CreditsText::summary(const AccountStatus &status, const QDateTime &now)
{
    switch (status.source()) {
    case AccountStatus::Source::None:
        return tr("Credits: no connection");
    case AccountStatus::Source::NoBalance:
        return tr("%1: no balance to show").arg(status.serviceName());
    case AccountStatus::Source::XaiCredits:
    case AccountStatus::Source::XquikAccount:
        break;
    }
    if (!status.fetchedAt().isValid())
        return status.isLoading() || status.state() == AccountStatus::State::Connecting
                   ? tr("Credits: checking…")
                   : tr("Credits: not known");
    QString text;
    if (!status.hasBalance())
        text = tr("%1 plan").arg(status.plan());
    else if (status.expiresAt().isValid())
        text = tr("%1 · expire %2")
                   .arg(credits(status.balance()), Formatting::localDate(status.expiresAt()));
    else if (!status.plan().isEmpty())
        text = tr("%1 · %2 plan").arg(credits(status.balance()), status.plan());
    else
        text = credits(status.balance());
    if (!status.isStaleAt(now))
        return text;
    return tr("%1 (as of %2)").arg(text, Formatting::age(status.fetchedAt(), now));
}

QString CreditsText::expiry(const AccountStatus &status, const QDateTime &now)
{
    if (!status.hasBalance())
        return tr("Not known");
    if (!status.expiresAt().isValid())
        return tr("Never");
    const QString date = Formatting::localDateTime(status.expiresAt());
    const qint64 seconds = now.secsTo(status.expiresAt());
    if (seconds <= 0)
        return tr("%1 (expired)").arg(date);
    const qint64 days = seconds / 86400;
    if (days == 0)
        return tr("%1 (in %n hours)", nullptr, int(qMax<qint64>(1, seconds / 3600))).arg(date);
    return tr("%1 (in %n days)", nullptr, int(qMin<qint64>(days, 100000))).arg(date);
}

QString CreditsText::checked(const AccountStatus &status, const QDateTime &now)
{
    if (!status.fetchedAt().isValid())
        return status.isLoading() ? tr("Checking now…") : tr("Not checked yet");
    const QString age = Formatting::age(status.fetchedAt(), now);
    if (status.isStaleAt(now))
        return tr("as of %1 (out of date)").arg(age);
    return age;
}

QString CreditsText::quota(const AccountStatus &status)
{
    if (status.quotaLimit() < 0)
        return tr("Not reported");
    const QLocale locale;
    const QString used = status.quotaUsed() >= 0 ? locale.toString(status.quotaUsed()) : tr("?");
    if (!status.quotaResetsAt().isValid())
        return tr("%1 of %2 requests used").arg(used, locale.toString(status.quotaLimit()));
    return tr("%1 of %2 requests used · resets %3")
        .arg(used, locale.toString(status.quotaLimit()),
             Formatting::localDateTime(status.quotaResetsAt()));
}

QString CreditsText::noBalance(const QString &serviceName)
{
    return tr("%1 does not report a credit balance, so there is none to show here. Requests "
              "and the rate limit of this connection are still shown below.")
        .arg(serviceName);
}

} // namespace CreatorDesk
