// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace CreatorDesk {

class CliRunner;
class HttpClient;
class RemoteKeys;

// creatordesk-cli keys list | create --name N | revoke ID | verify
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
    void revoke(const QString &id);
    void checkStillWorks();
    void verify();

    CliRunner &m_runner;
    HttpClient *m_http;
    std::unique_ptr<RemoteKeys> m_remote;
};

} // namespace CreatorDesk
