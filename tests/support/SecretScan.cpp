// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretScan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

namespace CreatorDesk::Testing {

SecretScan::SecretScan(QStringList secrets, QList<QRegularExpression> patterns)
    : m_secrets(std::move(secrets))
    , m_patterns(std::move(patterns))
{
    m_secrets.removeAll(QString());
    m_secrets.removeDuplicates();
}

void SecretScan::scanText(const QString &where, const QString &text)
{
    // Only a prefix is reported: the failure message itself goes to a log.
    for (const QString &secret : std::as_const(m_secrets)) {
        if (text.contains(secret))
            m_found.append(where + QStringLiteral(": ") + secret.left(6) + QChar(0x2026));
    }
    for (const QRegularExpression &pattern : std::as_const(m_patterns)) {
        const QRegularExpressionMatch match = pattern.match(text);
        if (match.hasMatch())
            m_found.append(where + QStringLiteral(": ") + match.captured().left(6) + QChar(0x2026));
    }
}

void SecretScan::scanFiles(const QStringList &roots)
{
    auto scanFile = [this](const QString &path) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || m_seen.contains(canonical))
            return;
        QFile file(canonical);
        if (!file.open(QIODevice::ReadOnly))
            return;
        m_seen.append(canonical);
        const QByteArray content = file.readAll();
        m_bytes += content.size();
        scanText(canonical, QString::fromUtf8(content));
    };
    for (const QString &root : roots) {
        if (root.isEmpty())
            continue;
        if (QFileInfo(root).isFile()) {
            scanFile(root);
            continue;
        }
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            scanFile(it.next());
    }
}

QStringList SecretScan::standardRoots(const QStringList &extra)
{
    QStringList roots = extra;
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
          QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
          QStandardPaths::GenericDataLocation, QStandardPaths::CacheLocation,
          QStandardPaths::GenericCacheLocation})
        roots.append(QStandardPaths::writableLocation(location));
    return roots;
}

} // namespace CreatorDesk::Testing
