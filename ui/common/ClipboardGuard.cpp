// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>

namespace CreatorDesk {

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelay);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfUnchanged);
}

QByteArray ClipboardGuard::hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

void ClipboardGuard::copy(const QString &secret)
{
    QGuiApplication::clipboard()->setText(secret);
    m_hash = hashOf(secret);
    m_timer.start();
}

void ClipboardGuard::clearIfUnchanged()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    const bool unchanged = !m_hash.isEmpty() && hashOf(clipboard->text()) == m_hash;
    if (unchanged)
        clipboard->clear();
    m_hash.clear();
    Q_EMIT finished(unchanged);
}

} // namespace CreatorDesk
