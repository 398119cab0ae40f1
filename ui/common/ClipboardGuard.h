// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace CreatorDesk {

// Puts a secret on the clipboard and clears it after a delay, unless something else was
// copied meanwhile. Only a hash of the secret is kept while waiting.
class ClipboardGuard final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds DefaultDelay{60};

    explicit ClipboardGuard(QObject *parent = nullptr);

    void setClearDelay(std::chrono::milliseconds delay) { m_timer.setInterval(delay); }
    std::chrono::milliseconds clearDelay() const { return m_timer.intervalAsDuration(); }
    void copy(const QString &secret);
    bool isWaiting() const { return m_timer.isActive(); }

Q_SIGNALS:
    // cleared: the clipboard still held the secret and was emptied.
    void finished(bool cleared);

private:
    void clearIfUnchanged();
    static QByteArray hashOf(const QString &text);

    QTimer m_timer;
    QByteArray m_hash;
};

} // namespace CreatorDesk
