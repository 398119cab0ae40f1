// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/KeychainSecretStore.h"

#include "Logging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace CreatorDesk {

namespace {

constexpr auto ProbeAccount = "creatordesk-probe-entry-that-is-never-written";

SecretResult resultOf(const QKeychain::Job &job)
{
    SecretResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        result.message =
            KeychainSecretStore::tr("No key is stored in the keychain for this connection.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::Unavailable;
        result.message = KeychainSecretStore::tr("No keychain can be reached (%1). On Linux, a "
                                                 "Secret Service such as GNOME Keyring or "
                                                 "KWallet must be running and unlocked.")
                             .arg(job.errorString());
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = SecretResult::Status::Denied;
        result.message =
            KeychainSecretStore::tr("The keychain refused access: %1").arg(job.errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        result.status = SecretResult::Status::Failed;
        result.message = KeychainSecretStore::tr("The keychain failed: %1").arg(job.errorString());
        break;
    }
    return result;
}

// Runs a QtKeychain job and reports to `handler` in `context`, unless `context` is gone.
void run(QKeychain::Job *job, QObject *context, SecretHandler handler)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [guard, handler = std::move(handler)](QKeychain::Job *finished) {
                         if (!guard)
                             return;
                         SecretResult result = resultOf(*finished);
                         if (result.ok()) {
                             if (auto *reader =
                                     qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                                 result.secret = reader->textData();
                         }
                         qCDebug(lcAuth) << "keychain job finished:" << int(result.status);
                         handler(result);
                     });
    job->setAutoDelete(true);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainSecretStore::write(const QString &account, const QString &secret, QObject *context,
                                SecretHandler handler)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(secret);
    run(job, context, std::move(handler));
}

void KeychainSecretStore::read(const QString &account, QObject *context, SecretHandler handler)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(account);
    run(job, context, std::move(handler));
}

void KeychainSecretStore::remove(const QString &account, QObject *context, SecretHandler handler)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(account);
    run(job, context, [handler = std::move(handler)](const SecretResult &result) {
        if (result.status == SecretResult::Status::NotFound)
            handler(SecretResult{}); // already gone is what was asked for
        else
            handler(result);
    });
}

void KeychainSecretStore::probe(QObject *context, SecretHandler handler)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(QString::fromLatin1(ProbeAccount));
    run(job, context, [handler = std::move(handler)](const SecretResult &result) {
        if (result.status == SecretResult::Status::NotFound)
            handler(SecretResult{});
        else
            handler(result);
    });
}

} // namespace CreatorDesk
