// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/dto/ContentDtos.h"

namespace CreatorDesk {

using namespace Json;

namespace {
// `media` holds ids, or objects that carry one; the reference shows only an empty array.
QStringList readMediaIds(const json &object)
{
    QStringList ids;
    const auto it = object.find("media");
    if (it == object.end() || it->is_null())
        return ids;
    if (!it->is_array())
        throw DtoError("field \"media\" must be an array");
    for (const json &item : *it) {
        if (item.is_string())
            ids.append(QString::fromStdString(item.get<std::string>()));
        else if (item.is_object())
            ids.append(item.contains("mediaId") ? requireString(item, "mediaId")
                                                : requireString(item, "id"));
        else
            throw DtoError("field \"media\" must hold ids or objects");
    }
    return ids;
}
} // namespace

DraftTweet DraftTweet::fromJson(const json &object)
{
    DraftTweet tweet;
    tweet.id = optionalString(object, "id");
    tweet.content = requireString(object, "content");
    tweet.plainText = optionalString(object, "plainText");
    tweet.mediaIds = readMediaIds(object);
    tweet.characterCount = static_cast<int>(optionalInteger(object, "characterCount").value_or(0));
    tweet.isValid = optionalBool(object, "isValid").value_or(true);
    tweet.position = static_cast<int>(optionalInteger(object, "position").value_or(0));
    return tweet;
}

Draft Draft::fromJson(const json &object)
{
    Draft draft;
    draft.id = requireString(object, "id");
    draft.title = requireString(object, "title");
    draft.status = optionalString(object, "status");
    draft.scheduledFor = optionalDateTime(object, "scheduledFor");
    draft.socialSetId = optionalString(object, "socialSetId");
    draft.selectedAccountIds = optionalStringList(object, "selectedAccountIds");
    draft.tweets = readArray<DraftTweet>(object, "tweets", &DraftTweet::fromJson);
    draft.createdAt = requireDateTime(object, "createdAt");
    draft.updatedAt = optionalDateTime(object, "updatedAt");
    return draft;
}

DraftList DraftList::fromJson(const json &object)
{
    return {readArray<Draft>(object, "drafts", &Draft::fromJson)};
}

const Draft *DraftList::find(const QString &id) const
{
    for (const Draft &draft : drafts) {
        if (draft.id == id)
            return &draft;
    }
    return nullptr;
}

CreatedDraft CreatedDraft::fromJson(const json &object)
{
    return {Draft::fromJson(requireObject(object, "draft"))};
}

json NewDraft::toJson() const
{
    json body = json::object();
    body["title"] = toStd(title);
    json tweetArray = json::array();
    for (const NewTweet &tweet : tweets) {
        json item = {{"content", toStd(tweet.content)}};
        if (!tweet.mediaIds.isEmpty())
            item["media"] = stringArray(tweet.mediaIds);
        tweetArray.push_back(item);
    }
    body["tweets"] = tweetArray;
    if (!socialSetId.isEmpty())
        body["socialSetId"] = toStd(socialSetId);
    if (!status.isEmpty())
        body["status"] = toStd(status);
    if (scheduledFor.isValid())
        body["scheduledFor"] = toStd(isoUtc(scheduledFor));
    if (!selectedAccountIds.isEmpty())
        body["selectedAccountIds"] = stringArray(selectedAccountIds);
    if (!templateId.isEmpty())
        body["templateId"] = toStd(templateId);
    return body;
}

SocialAccount SocialAccount::fromJson(const json &object)
{
    SocialAccount account;
    account.accountId = requireString(object, "accountId");
    account.platformName = requireString(object, "platform");
    account.platform = platformFromId(account.platformName);
    account.username = optionalString(object, "username");
    return account;
}

QStringList SocialSet::accountIds() const
{
    QStringList ids;
    ids.reserve(accounts.size());
    for (const SocialAccount &account : accounts)
        ids.append(account.accountId);
    return ids;
}

SocialSet SocialSet::fromJson(const json &object)
{
    SocialSet set;
    set.id = requireString(object, "id");
    set.name = requireString(object, "name");
    set.accounts = readArray<SocialAccount>(object, "accounts", &SocialAccount::fromJson);
    return set;
}

SocialSetList SocialSetList::fromJson(const json &object)
{
    return {readArray<SocialSet>(object, "socialSets", &SocialSet::fromJson)};
}

const SocialAccount *SocialSetList::findAccount(const QString &accountId,
                                                const SocialSet **set) const
{
    for (const SocialSet &candidate : socialSets) {
        for (const SocialAccount &account : candidate.accounts) {
            if (account.accountId != accountId)
                continue;
            if (set)
                *set = &candidate;
            return &account;
        }
    }
    return nullptr;
}

CreditBalance CreditBalance::fromJson(const json &object)
{
    CreditBalance credits;
    credits.balance = requireInteger(object, "balance");
    credits.expiresAt = optionalDateTime(object, "expiresAt");
    return credits;
}

} // namespace CreatorDesk
