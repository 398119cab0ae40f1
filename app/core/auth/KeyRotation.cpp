// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/KeyRotation.h"

#include "Logging.h"
#include "api/HttpClient.h"
#include "auth/KeyVerifier.h"
#include "storage/ConnectionKeys.h"

#include <QLocale>

namespace CreatorDesk {

KeyRotation::KeyRotation(HttpClient *http, ConnectionKeys *keys, QString connectionId,
                         QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_keys(keys)
    , m_connectionId(std::move(connectionId))
    , m_network(network)
{}

KeyRotation::~KeyRotation()
{
    m_oldKey.fill(QLatin1Char('\0'));
    m_newKey.fullKey.fill(QLatin1Char('\0'));
}

void KeyRotation::setStep(Step step)
{
    qCInfo(lcAuth) << "key rotation:" << step;
    Q_EMIT stepChanged(step);
}

void KeyRotation::start()
{
    m_remote = m_http ? RemoteKeys::create(m_http) : nullptr;
    if (!m_remote || !m_remote->canCreate() || !m_keys) {
        finish(false, tr("This service does not let Creator Desk create keys, so it cannot rotate "
                         "them. Create a new key in the service's dashboard, paste it here, then "
                         "revoke the old one."));
        return;
    }
    m_keys->readKey(m_connectionId, this, [this](const SecretResult &secret) {
        if (!secret.ok()) {
            finish(false, tr("The current key could not be read: %1 Nothing was changed.")
                              .arg(secret.message));
            return;
        }
        m_oldKey = secret.secret;
        setStep(Step::Creating);
        const QString name =
            tr("Creator Desk %1")
                .arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
        m_remote->create(name, this, [this](const Result<CreatedKey> &created) {
            if (!created) {
                finish(false, tr("A new key could not be created: %1 Nothing was changed.")
                                  .arg(created.error().userMessage()));
                return;
            }
            m_newKey = created.value();
            verifyNewKey();
        });
    });
}

void KeyRotation::verifyNewKey()
{
    setStep(Step::Verifying);
    m_probe = std::make_unique<HttpClient>(m_network, m_http->service(), m_http->baseUrl());
    m_probe->setApiKey(m_newKey.fullKey);
    KeyVerifier::verify(*m_probe, this, [this](const Result<Verification> &verified) {
        if (!verified) {
            rollBack(tr("The new key did not work (%1).").arg(verified.error().userMessage()));
            return;
        }
        switchConnection();
    });
}

void KeyRotation::switchConnection()
{
    setStep(Step::Switching);
    const QString prefix =
        ConnectionRecord::forKey(m_http->service(), {}, {}, m_newKey.fullKey).keyPrefix;
    m_keys->replaceKey(
        m_connectionId, m_newKey.fullKey, prefix, this, [this](const SecretResult &saved) {
            if (!saved.ok()) {
                rollBack(tr("The new key could not be saved (%1).").arg(saved.message));
                return;
            }
            m_http->setApiKey(m_newKey.fullKey);
            revokeOldKey();
        });
}

void KeyRotation::revokeOldKey()
{
    setStep(Step::Revoking);
    // Listing and revoking go through the connection, which now carries the new key.
    auto remote = RemoteKeys::create(m_http);
    RemoteKeys *remoteKeys = remote.get();
    m_remote = std::move(remote);
    remoteKeys->list(this, [this](const Result<RemoteKeyList> &listed) {
        const QString stillActive = tr("The connection now uses the new key, but the old key is "
                                       "still active: %1 Revoke it in the list of keys.");
        if (!listed) {
            finish(true, stillActive.arg(listed.error().userMessage()));
            return;
        }
        QStringList candidates;
        for (const RemoteKey &key : listed.value().keys) {
            if (key.matches(m_oldKey) && key.id != m_newKey.id)
                candidates.append(key.id);
        }
        if (candidates.size() != 1) {
            finish(true, stillActive.arg(tr("it could not be told apart from the other keys.")));
            return;
        }
        m_remote->revoke(candidates.first(), this,
                         [this, stillActive](const Result<Acknowledgement> &revoked) {
                             if (!revoked) {
                                 finish(true, stillActive.arg(revoked.error().userMessage()));
                                 return;
                             }
                             setStep(Step::Done);
                             finish(true, tr("The key was rotated: the connection uses the new key "
                                             "and the old one is revoked."));
                         });
    });
}

void KeyRotation::rollBack(const QString &reason)
{
    // The old key still works and the connection still has it; take the new one away again.
    m_remote->revoke(m_newKey.id, this, [this, reason](const Result<Acknowledgement> &revoked) {
        if (revoked)
            finish(false,
                   tr("%1 It was revoked again; the connection keeps its old key.").arg(reason));
        else
            finish(false, tr("%1 The connection keeps its old key. The new key \"%2\" could not be "
                             "revoked (%3); revoke it in the list of keys.")
                              .arg(reason, m_newKey.name, revoked.error().userMessage()));
    });
}

void KeyRotation::finish(bool ok, const QString &message)
{
    qCInfo(lcAuth) << "key rotation finished, ok:" << ok;
    Q_EMIT finished(ok, message);
}

} // namespace CreatorDesk
