// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditThreshold.h"

#include <QSettings>

#include <limits>

namespace CreatorDesk {

namespace {

const auto ThresholdKey = QStringLiteral("Credits/warningThreshold");

int clampToInt(qint64 value)
{
    return int(qBound(qint64(0), value, qint64(std::numeric_limits<int>::max())));
}

} // namespace

CreditThreshold::CreditThreshold(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    const QVariant stored =
        m_settings ? m_settings->value(ThresholdKey) : QSettings().value(ThresholdKey);
    bool ok = false;
    const qint64 value = stored.toLongLong(&ok);
    if (ok && value >= 0 && value <= MaxThreshold)
        m_threshold = value;
}

void CreditThreshold::setThreshold(qint64 credits)
{
    credits = qBound<qint64>(0, credits, MaxThreshold);
    if (credits == m_threshold)
        return;
    m_threshold = credits;
    if (m_settings) {
        m_settings->setValue(ThresholdKey, credits);
    } else {
        QSettings settings;
        settings.setValue(ThresholdKey, credits);
    }
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
