// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ConnectionKeys.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSettings>

#include <memory>

namespace CreatorDesk {

// The person's connections: records in QSettings (an index, since keychains can't list
// entries), keys in the OS keychain, or in memory for "this run only" connections.
class ConnectionStore final : public QObject, public ConnectionKeys
{
    Q_OBJECT

public:
    // `settingsFile` empty: the application's default settings.
    ConnectionStore(SecretStore *keychain, SecretStore *session, const QString &settingsFile = {},
                    QObject *parent = nullptr);
    ~ConnectionStore() override;

    QList<ConnectionRecord> records() const { return m_records; }
    std::optional<ConnectionRecord> record(const QString &id) const override;

    void probeKeychain(QObject *context, SecretHandler handler) override;
    // A name another connection has already is made unique (see uniqueName()).
    void add(ConnectionRecord record, const QString &key, QObject *context,
             SecretHandler handler) override;
    // Removes the key from the keychain, then the record.
    void remove(const QString &id, QObject *context, SecretHandler handler);
    void readKey(const QString &id, QObject *context, SecretHandler handler) override;
    void replaceKey(const QString &id, const QString &key, const QString &keyPrefix,
                    QObject *context, SecretHandler handler) override;
    void setVerification(const QString &id, const QDateTime &when, const QString &status);
    // False (and nothing changed) when another connection has that name already.
    bool rename(const QString &id, const QString &displayName);
    // `name`, or "name (2)", "name (3)"...: the first no stored connection has.
    QString uniqueName(const QString &name) const;
    // The connections whose name or id is exactly `name`.
    QList<ConnectionRecord> named(const QString &name) const;

Q_SIGNALS:
    void changed();

private:
    SecretStore *storeFor(const ConnectionRecord &record) const;
    void load();
    void save();

    QPointer<SecretStore> m_keychain;
    QPointer<SecretStore> m_session;
    std::unique_ptr<QSettings> m_settings;
    QList<ConnectionRecord> m_records;
};

} // namespace CreatorDesk
