// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/KeysCommand.h"

#include "api/HttpClient.h"
#include "auth/KeyVerifier.h"
#include "auth/NewKeyKeeper.h"
#include "auth/RemoteKeys.h"
#include "cli/CliRunner.h"
#include "storage/ConnectionStore.h"

#include <nlohmann/json.hpp>

#include <QLocale>

namespace CreatorDesk {

namespace {
QString shortDate(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : KeysCommand::tr("never");
}
} // namespace

KeysCommand::KeysCommand(CliRunner &runner, HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_http(http)
    , m_remote(RemoteKeys::create(http))
{}

KeysCommand::~KeysCommand() = default;

void KeysCommand::start()
{
    const QStringList &arguments = m_runner.options().arguments;
    const QString action = arguments.value(0);
    if (action == QLatin1String("verify")) {
        verify();
        return;
    }
    if (!m_remote) {
        m_runner.done(
            2,
            tr("%1 has no key management that Creator Desk can use.").arg(m_http->service().name));
        return;
    }
    if (action == QLatin1String("list"))
        list();
    else if (action == QLatin1String("create"))
        create();
    else if (action == QLatin1String("revoke") && arguments.size() == 2)
        revoke(arguments.at(1));
    else
        m_runner.done(
            2, tr("Usage: keys list | keys create --name NAME | keys revoke ID | keys verify"));
}

void KeysCommand::list()
{
    m_remote->list(this, [this](const Result<RemoteKeyList> &result) {
        if (!result) {
            m_runner.done(1, result.error().userMessage());
            return;
        }
        const RemoteKeyList &list = result.value();
        const QList<KeyUse> uses = list.usage(m_http->apiKey());
        if (m_runner.options().json) {
            nlohmann::json out = nlohmann::json::array();
            for (qsizetype i = 0; i < list.keys.size(); ++i) {
                const RemoteKey &key = list.keys.at(i);
                // null: the service lists only the environment, so it cannot be told.
                const nlohmann::json inUse = uses.at(i) == KeyUse::Unknown
                                                 ? nlohmann::json(nullptr)
                                                 : nlohmann::json(uses.at(i) == KeyUse::InUse);
                out.push_back(
                    {{"id", key.id.toStdString()},
                     {"name", key.name.toStdString()},
                     {"key", key.maskedKey.toStdString()},
                     {"status", key.status.toStdString()},
                     {"createdAt", key.createdAt.toString(Qt::ISODate).toStdString()},
                     {"lastUsed",
                      key.lastUsed.isValid()
                          ? nlohmann::json(key.lastUsed.toString(Qt::ISODate).toStdString())
                          : nlohmann::json(nullptr)},
                     {"inUse", inUse}});
            }
            m_runner.out() << QString::fromStdString(out.dump()) << Qt::endl;
        } else {
            for (qsizetype i = 0; i < list.keys.size(); ++i) {
                const RemoteKey &key = list.keys.at(i);
                const QString use = uses.at(i) == KeyUse::InUse     ? tr("  (in use)")
                                    : uses.at(i) == KeyUse::Unknown ? tr("  (maybe in use)")
                                                                    : QString();
                m_runner.out() << QStringLiteral("%1  %2  %3  %4  %5%6")
                                      .arg(key.id, -14)
                                      .arg(key.name, -22)
                                      .arg(key.maskedKey, -16)
                                      .arg(tr("created %1").arg(shortDate(key.createdAt)), -26)
                                      .arg(tr("last used %1").arg(shortDate(key.lastUsed)))
                                      .arg(use)
                               << Qt::endl;
            }
        }
        m_runner.done(0);
    });
}

void KeysCommand::create()
{
    const QString name = m_runner.options().name;
    if (name.isEmpty()) {
        m_runner.done(2, tr("Give the new key a name with --name."));
        return;
    }
    m_runner.whenKeyCanBeKept(
        this,
        tr("%1 No key was created: the service would show it only once, and it could not be "
           "kept. Start or unlock the keychain and try again, or add --print-key to have the key "
           "printed once to this terminal instead."),
        [this, name](const QString &keychainProblem) { mint(name, keychainProblem); });
}

void KeysCommand::mint(const QString &name, const QString &keychainProblem)
{
    m_remote->create(name, this, [this, name, keychainProblem](const Result<CreatedKey> &result) {
        if (!result) {
            m_runner.done(1, result.error().userMessage());
            return;
        }
        const CreatedKey created = result.value();
        const ConnectionRecord record =
            ConnectionRecord::forKey(m_http->service(), name, m_http->baseUrl(), created.fullKey);
        const QString prefix = record.keyPrefix;
        if (m_runner.options().demo) {
            m_runner.done(0, tr("Created key \"%1\" (%2, id %3). In demo mode it is not stored.")
                                 .arg(name, prefix, created.id));
            return;
        }
        if (!keychainProblem.isEmpty()) {
            printKeyOnce(created, keychainProblem);
            return;
        }
        auto *keeper = new NewKeyKeeper(&m_runner.store(), m_http, this);
        connect(keeper, &NewKeyKeeper::finished, this,
                [this, name, prefix, created](const NewKeyKeeper::Outcome &outcome) {
                    switch (outcome.kind) {
                    case NewKeyKeeper::Outcome::Kind::Stored:
                        m_runner.out()
                            << tr("Created key \"%1\" (%2, id %3) and stored it in "
                                  "the keychain as the connection \"%4\".")
                                   .arg(name, prefix, created.id, outcome.record.displayName)
                            << Qt::endl;
                        m_runner.done(0);
                        return;
                    case NewKeyKeeper::Outcome::Kind::HandedBack:
                        printKeyOnce(created, outcome.message);
                        return;
                    case NewKeyKeeper::Outcome::Kind::Revoked:
                    case NewKeyKeeper::Outcome::Kind::Orphaned:
                        m_runner.done(1, outcome.message);
                        return;
                    }
                });
        keeper->keep(record, created.fullKey, created.id,
                     m_runner.options().printKey ? NewKeyKeeper::IfNotStored::HandBack
                                                 : NewKeyKeeper::IfNotStored::Revoke);
    });
}

void KeysCommand::printKeyOnce(const CreatedKey &created, const QString &why)
{
    m_runner.printKeyOnce(created.fullKey,
                          tr("Created key \"%1\" (id %2), but it could not be stored: %3 Here "
                             "it is, shown only this once:")
                              .arg(created.name, created.id, why));
}

void KeysCommand::revoke(const QString &id)
{
    m_remote->list(this, [this, id](const Result<RemoteKeyList> &listed) {
        if (!listed) {
            m_runner.done(1, listed.error().userMessage());
            return;
        }
        const auto &keys = listed.value().keys;
        const auto it = std::find_if(keys.cbegin(), keys.cend(),
                                     [&id](const RemoteKey &key) { return key.id == id; });
        if (it == keys.cend()) {
            m_runner.done(1, tr("There is no key with the id %1.").arg(id));
            return;
        }
        const KeyUse use = listed.value().usage(m_http->apiKey()).at(it - keys.cbegin());
        if (use == KeyUse::InUse) {
            m_runner.done(1, tr("Key %1 is the one this connection uses. Switch the connection to "
                                "another key first (or rotate it in Creator Desk).")
                                 .arg(id));
            return;
        }
        if (use == KeyUse::Unknown)
            m_runner.err() << tr("%1 lists only the key's environment (%2), so it cannot be told "
                                 "whether this connection uses key %3.")
                                  .arg(m_http->service().name, it->maskedKey, id)
                           << Qt::endl;
        const QString name = it->name;
        m_remote->revoke(id, this, [this, id, name, use](const Result<Acknowledgement> &result) {
            if (!result) {
                m_runner.done(1, result.error().userMessage());
                return;
            }
            m_runner.out() << tr("Revoked key \"%1\" (id %2).").arg(name, id) << Qt::endl;
            if (use == KeyUse::Unknown)
                checkStillWorks();
            else
                m_runner.done(0);
        });
    });
}

void KeysCommand::checkStillWorks()
{
    // After revoking a key that could not be told apart from this connection's own, the next
    // list says which it was.
    m_remote->list(this, [this](const Result<RemoteKeyList> &listed) {
        if (!listed && listed.error().httpStatus == 401) {
            m_runner.done(1, tr("That was the key this connection used: it no longer works. "
                                "Use another key of this account for the connection."));
            return;
        }
        m_runner.done(0);
    });
}

void KeysCommand::verify()
{
    CreditSpending spending =
        m_runner.options().spendCredit ? CreditSpending::Allow : CreditSpending::Refuse;
    const QString cost = KeyVerifier::costQuestion(m_http->service());
    if (!cost.isEmpty() && spending == CreditSpending::Refuse) {
        if (!CliRunner::askYesNo(tr("%1 Spend it?").arg(cost))) {
            m_runner.done(
                2, tr("%1 The key was not checked. Add --spend-credit to allow it.").arg(cost));
            return;
        }
        spending = CreditSpending::Allow;
    }
    KeyVerifier::verify(
        *m_http, this,
        [this](const Result<Verification> &result) {
            if (!result)
                m_runner.done(1, result.error().userMessage());
            else {
                m_runner.out() << result.value().summary << Qt::endl;
                m_runner.done(0);
            }
        },
        spending);
}

} // namespace CreatorDesk
