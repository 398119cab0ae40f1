// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Platform.h"
#include "api/dto/JsonFields.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Drafts, social sets and credits of xAIcreator (seed 003).
namespace CreatorDesk {

struct DraftTweet
{
    QString id;
    QString content; // HTML
    QString plainText;
    QStringList mediaIds;
    int characterCount = 0;
    bool isValid = true;
    int position = 0;

    static DraftTweet fromJson(const Json::json &object);
};

struct Draft
{
    QString id;
    QString title;
    QString status;
    QDateTime scheduledFor; // invalid: not scheduled
    QString socialSetId;
    QStringList selectedAccountIds;
    QList<DraftTweet> tweets;
    QDateTime createdAt;
    QDateTime updatedAt;

    static Draft fromJson(const Json::json &object);
};

struct DraftList
{
    QList<Draft> drafts;

    // The draft with this id; nullptr when the list has none.
    const Draft *find(const QString &id) const;

    static DraftList fromJson(const Json::json &object);
};

struct CreatedDraft
{
    Draft draft;

    static CreatedDraft fromJson(const Json::json &object);
};

struct NewTweet
{
    QString content; // HTML allowed
    QStringList mediaIds;
};

struct NewDraft
{
    QString title;
    QList<NewTweet> tweets;
    QString socialSetId;
    QString status;
    QDateTime scheduledFor;
    QStringList selectedAccountIds;
    QString templateId;

    Json::json toJson() const;
};

struct SocialAccount
{
    QString accountId;
    QString platformName; // as sent; unknown platforms are kept, not rejected
    std::optional<Platform> platform;
    QString username;

    static SocialAccount fromJson(const Json::json &object);
};

struct SocialSet
{
    QString id;
    QString name;
    QList<SocialAccount> accounts;

    QStringList accountIds() const;

    static SocialSet fromJson(const Json::json &object);
};

struct SocialSetList
{
    QList<SocialSet> socialSets;

    // The account with this id, and through `set` the social set it is in; nullptr when no set
    // has it.
    const SocialAccount *findAccount(const QString &accountId,
                                     const SocialSet **set = nullptr) const;

    static SocialSetList fromJson(const Json::json &object);
};

struct CreditBalance
{
    qint64 balance = 0;
    QDateTime expiresAt; // invalid: no expiry

    static CreditBalance fromJson(const Json::json &object);
};

} // namespace CreatorDesk
