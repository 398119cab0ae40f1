// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/RemoteKeys.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace CreatorDesk {

class ConnectionKeys;
class HttpClient;

// Rotates a connection's key as the seeds describe: create a new key, verify that it works,
// switch the connection to it, revoke the old one. A failure at any step leaves a working
// key in place and says what happened.
class KeyRotation final : public QObject
{
    Q_OBJECT

public:
    enum class Step { Creating, Verifying, Switching, Revoking, Done };
    Q_ENUM(Step)

    // `http` carries the connection's current key and is switched to the new one.
    KeyRotation(HttpClient *http, ConnectionKeys *keys, QString connectionId,
                QNetworkAccessManager *network, QObject *parent = nullptr);
    ~KeyRotation() override;

    void start();

Q_SIGNALS:
    void stepChanged(CreatorDesk::KeyRotation::Step step);
    // ok: the connection uses the new key (warning may say the old one is still active).
    void finished(bool ok, const QString &message);

private:
    void setStep(Step step);
    void verifyNewKey();
    void switchConnection();
    void revokeOldKey();
    void rollBack(const QString &reason);
    void finish(bool ok, const QString &message);

    QPointer<HttpClient> m_http;
    ConnectionKeys *m_keys; // outlives this (the app's connection model, or a test's store)
    QString m_connectionId;
    QNetworkAccessManager *m_network;
    std::unique_ptr<RemoteKeys> m_remote;
    std::unique_ptr<HttpClient> m_probe; // the new key, tried before anything switches
    QString m_oldKey;
    CreatedKey m_newKey;
};

} // namespace CreatorDesk
