// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace CreatorDesk {

struct SecretResult
{
    enum class Status { Ok, NotFound, Unavailable, Denied, Failed };

    Status status = Status::Ok;
    QString secret;  // for reads that succeeded
    QString message; // why it failed, for a person

    bool ok() const { return status == Status::Ok; }
};

using SecretHandler = std::function<void(const SecretResult &)>;

// Where keys live: the OS keychain in the app, memory in unit tests and when the person
// chooses "this run only". Asynchronous, because keychains may ask the person to unlock.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // True if secrets written here outlive this run.
    virtual bool isPersistent() const = 0;
    virtual void write(const QString &account, const QString &secret, QObject *context,
                       SecretHandler handler) = 0;
    virtual void read(const QString &account, QObject *context, SecretHandler handler) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString &account, QObject *context, SecretHandler handler) = 0;
    // Ok if the store can be used now; Unavailable with a sentence if not.
    virtual void probe(QObject *context, SecretHandler handler) = 0;
};

} // namespace CreatorDesk
