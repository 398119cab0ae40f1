// SPDX-License-Identifier: GPL-3.0-or-later
#include "credits/CreditThreshold.h"

#include "storage/Settings.h"

#include <limits>

namespace CreatorDesk {

namespace {

int clampToInt(qint64 value)
{
    return int(qBound(qint64(0), value, qint64(std::numeric_limits<int>::max())));
}

} // namespace

CreditThreshold::CreditThreshold(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    const std::optional<qint64> stored =
        m_settings ? m_settings->creditWarningThreshold() : std::nullopt;
    if (stored && *stored >= 0 && *stored <= MaxThreshold)
        m_threshold = *stored;
}

void CreditThreshold::setThreshold(qint64 credits)
{
    credits = qBound<qint64>(0, credits, MaxThreshold);
    if (credits == m_threshold)
        return;
    m_threshold = credits;
    if (m_settings)
        m_settings->setCreditWarningThreshold(credits);
    Q_EMIT thresholdChanged(credits);
}

void CreditThreshold::observe(const QString &connectionKey, qint64 balance)
{
    const bool below = isBelow(balance);
    const bool wasBelow = m_below.value(connectionKey, false);
    m_below.insert(connectionKey, below);
    if (below && !wasBelow)
        Q_EMIT crossedBelow(connectionKey, balance, m_threshold);
}

QString CreditThreshold::warningText(qint64 balance, qint64 threshold)
{
    return tr("Your balance is %n credits, below your warning level of %1. Top up before "
              "publishing more; each post costs 10 credits.",
              nullptr, clampToInt(balance))
        .arg(threshold);
}

} // namespace CreatorDesk
