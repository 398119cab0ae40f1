// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/KeychainCheck.h"

#include "common/Confirmation.h"
#include "connections/ConnectionModel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::KeychainCheck)
};
} // namespace

void KeychainCheck::beforeMinting(QWidget *parent, ConnectionModel *connections,
                                  const QString &action,
                                  std::function<void(bool sessionOnly)> proceed,
                                  std::function<void()> declined)
{
    if (!connections) {
        proceed(false); // nowhere to keep it: what mints it revokes it and says so
        return;
    }
    const QPointer<QWidget> guard(parent);
    connections->probeKeychain(
        parent, [guard, action, proceed, declined](const SecretResult &probe) {
            if (!guard)
                return;
            if (probe.ok()) {
                proceed(false);
                return;
            }
            Confirmation::ask(
                guard, Tr::tr("No keychain"),
                Tr::tr("%1 The service shows a new key only once. Creator Desk can keep "
                       "it for this run only, and show it to you once so that you can "
                       "copy it. Go on?")
                    .arg(probe.message),
                action, [proceed] { proceed(true); }, declined);
        });
}

} // namespace CreatorDesk
