// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

namespace CreatorDesk {

// Where a model that mirrors a server list stands: loading, failed (with a sentence), loaded.
// Kept apart from the models so every pane can show the same three states.
class LoadState final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    explicit LoadState(QObject *parent = nullptr);

    bool isLoading() const { return m_loading; }
    QString errorText() const { return m_errorText; }
    bool hasLoaded() const { return m_loadedAt.isValid(); }
    QDateTime loadedAt() const { return m_loadedAt; }

    void start();
    void succeed();
    void fail(const QString &errorText);
    void reset();

Q_SIGNALS:
    void changed();

private:
    bool m_loading = false;
    QString m_errorText;
    QDateTime m_loadedAt;
};

} // namespace CreatorDesk
