// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/dto/JsonFields.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The key-management and balance answers of Xquik (seeds 000/001), oqui (002) and the
// generic API (004). Where a seed shows no body, the shapes are those in sandbox/README.md.
namespace CreatorDesk {

struct XquikAccount
{
    QString plan;
    qint64 quotaLimit = -1;
    qint64 quotaUsed = -1;
    QDateTime quotaResetsAt;
    std::optional<qint64> creditBalance;

    static XquikAccount fromJson(const Json::json &object);
};

struct XquikKey
{
    QString id;
    QString prefix;
    QString name;
    QDateTime createdAt;
    QDateTime lastUsedAt;

    static XquikKey fromJson(const Json::json &object);
};

struct XquikKeyList
{
    QList<XquikKey> keys;

    static XquikKeyList fromJson(const Json::json &object);
};

struct XquikCreatedKey
{
    QString id;
    QString fullKey; // shown once, then only kept in the keychain
    QString prefix;
    QString name;
    QDateTime createdAt;

    static XquikCreatedKey fromJson(const Json::json &object);
};

struct OquiAssessment
{
    QString id;
    QString status;
    std::optional<qint64> creditsRemaining;

    static OquiAssessment fromJson(const Json::json &object);
};

struct ExampleApiKey
{
    QString id;
    QString name;
    QString prefix;
    QDateTime createdAt;
    QDateTime lastUsed;

    static ExampleApiKey fromJson(const Json::json &object);
};

struct ExampleApiKeyList
{
    QList<ExampleApiKey> keys;

    static ExampleApiKeyList fromJson(const Json::json &object);
};

} // namespace CreatorDesk
