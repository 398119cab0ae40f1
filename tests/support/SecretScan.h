// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace CreatorDesk::Testing {

// Searches files and captured text for known secrets (and for secret-shaped strings the test
// cannot know, such as a key the service issued inside another process).
class SecretScan final
{
public:
    explicit SecretScan(QStringList secrets, QList<QRegularExpression> patterns = {});

    // Every regular file under each root (a folder, recursively, hidden files too; or a file),
    // each read once. Adds "path: prefix…" to found() for every secret in it.
    void scanFiles(const QStringList &roots);
    // Searches `text` (a log, an output stream, a widget's texts), naming it `where`.
    void scanText(const QString &where, const QString &text);

    QStringList found() const { return m_found; }
    int files() const { return m_seen.size(); }
    qint64 bytes() const { return m_bytes; }

    // The roots an app writes to under QStandardPaths (config, data, cache), plus `extra`.
    static QStringList standardRoots(const QStringList &extra = {});

private:
    QStringList m_secrets;
    QList<QRegularExpression> m_patterns;
    QStringList m_found;
    QStringList m_seen;
    qint64 m_bytes = 0;
};

} // namespace CreatorDesk::Testing
