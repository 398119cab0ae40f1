// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace CreatorDesk {

class CliRunner;
class HttpClient;
class RemoteKeys;
struct CreatedKey;

// creatordesk-cli keys list | create --name N [--print-key] | revoke ID | verify [--spend-credit]
class KeysCommand final : public QObject
{
    Q_OBJECT

public:
    KeysCommand(CliRunner &runner, HttpClient *http, QObject *parent = nullptr);
    ~KeysCommand() override;

    void start();

private:
    void list();
    void create();
    void mint(const QString &name, const QString &keychainProblem);
    void printKeyOnce(const CreatedKey &created, const QString &why);
    void revoke(const QString &id);
    void checkStillWorks();
    void verify();

    CliRunner &m_runner;
    HttpClient *m_http;
    std::unique_ptr<RemoteKeys> m_remote;
};

} // namespace CreatorDesk
