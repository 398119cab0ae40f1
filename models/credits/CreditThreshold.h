// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace CreatorDesk {

class Settings;

// The balance under which the person wants a warning (default 50 credits, kept in Settings),
// and the moment an account's balance crosses below it. Each account is warned once per
// crossing: again only after its balance has been at or above the level in between.
class CreditThreshold final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultThreshold = 50;
    static constexpr qint64 MaxThreshold = 1'000'000;

    // `settings` is not owned; null: the level is kept for this run only.
    explicit CreditThreshold(Settings *settings = nullptr, QObject *parent = nullptr);

    qint64 threshold() const { return m_threshold; }
    void setThreshold(qint64 credits);
    bool isBelow(qint64 balance) const { return balance < m_threshold; }

    // A new balance of one account; emits crossedBelow() when it just went under the level.
    void observe(const QString &connectionKey, qint64 balance);

    // "Your balance is 40 credits, below your warning level of 50. ..."
    static QString warningText(qint64 balance, qint64 threshold);

Q_SIGNALS:
    void thresholdChanged(qint64 credits);
    void crossedBelow(const QString &connectionKey, qint64 balance, qint64 threshold);

private:
    Settings *m_settings;
    qint64 m_threshold = DefaultThreshold;
    QHash<QString, bool> m_below; // per account: was it below at the last observation?
};

} // namespace CreatorDesk
