// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publish/PublishPlan.h"

#include <QObject>

#include <memory>

namespace CreatorDesk {

class ApiClient;
class CliRunner;
class HttpClient;
class PublishController;

// creatordesk-cli publish DRAFT_ID --accounts ID[,ID...]
//   [--community ID[:NAME] [--community-description TEXT]] [--quote URL|ID]
//   [--reply-control everyone|accounts_you_follow|mentioned_only]
//   [--visibility PUBLIC|CONNECTIONS|LOGGED_IN]
// Reads the server draft and the social sets, plans (limits, cost against the balance),
// publishes once per account and prints one line per account. Exit code 0 when every account
// was published, 1 otherwise (3 when an outcome is unknown: check before running it again).
class PublishCommand final : public QObject
{
    Q_OBJECT

public:
    PublishCommand(CliRunner &runner, HttpClient *http, QObject *parent = nullptr);
    ~PublishCommand() override;

    void start();

private:
    void loadAccounts();
    void checkCredits();
    void publish();

    CliRunner &m_runner;
    std::unique_ptr<ApiClient> m_api;
    PublishController *m_controller = nullptr;
    QString m_draftId;
    QStringList m_accountIds;
    QStringList m_posts;
    QList<QList<DraftMedia>> m_media; // per post, ids only
    QString m_socialSetId;
    QList<SocialAccount> m_accounts;
    PublishOptions m_options;
};

} // namespace CreatorDesk
