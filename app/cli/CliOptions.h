// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace CreatorDesk {

// What creatordesk-cli was asked to do, as parsed from its command line.
struct CliOptions
{
    bool demo = false;
    QUrl baseUrl;
    QString serviceId = QStringLiteral("xaicreator");
    QString keyVariable = QStringLiteral("CREATORDESK_API_KEY");
    QString connectionName;
    bool json = false;
    QString command;
    QStringList arguments;    // after the command
    QString name;             // keys create --name
    QString email;            // login --email
    bool google = false;      // login --google
    bool twitter = false;     // login --twitter
    bool printKey = false;    // login, keys create: print a new key once if it cannot be stored
    bool spendCredit = false; // keys verify: allow a verification that costs credits
    QString title;            // drafts create --title
    QStringList posts;        // drafts create --post (repeated, in order)
    QStringList accounts;     // --accounts ID,ID
    QString community;        // publish --community ID[:NAME]
    QString quote;            // publish --quote
    QString replyControl;     // publish --reply-control
    QString visibility;       // publish --visibility
    QString at;               // schedule add --at

    QString communityDescription; // publish --community-description
    QString priority;             // schedule add --priority (empty: the service's default)
    bool noJitter = false;        // schedule add --no-jitter
    QString socialSet;            // drafts list --social-set
    QString status;               // drafts create --status
    QString templateId;           // drafts create --template
    bool xPremium = false;        // count --x-premium
    int mastodonLimit = 0;        // count --mastodon-limit (0: Mastodon's 500)
    bool dryRun = false;          // drafts import --dry-run
    QString language;             // spell --lang (empty: the system's)
};

} // namespace CreatorDesk
