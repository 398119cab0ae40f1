// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlatformPublisher.h"

#include "text/PlatformCounts.h"

namespace CreatorDesk::Sandbox {

using nlohmann::json;

namespace {

// Usernames may be stored as "user@instance"; URLs need the local part.
std::string localName(const std::string &username)
{
    std::string name = username;
    if (!name.empty() && name.front() == '@')
        name.erase(0, 1);
    return name.substr(0, name.find('@'));
}

} // namespace

PlatformPublisher::Length PlatformPublisher::textLength(const std::string &platform,
                                                        const std::string &text)
{
    const std::optional<Platform> known = platformFromId(QString::fromStdString(platform));
    const PlatformCount count =
        PlatformCounts::count(known.value_or(Platform::Twitter), QString::fromStdString(text));
    return {count.length, count.limit, count.overLimitStart >= 0};
}

void PlatformPublisher::countTweet(DraftTweet &tweet)
{
    tweet.plainText = Util::htmlToPlainText(tweet.content);
    const Length x = textLength("twitter", tweet.plainText);
    tweet.characterCount = x.length;
    tweet.isValid = !x.overLimit;
}

json PlatformPublisher::postData(const SocialAccount &account)
{
    const std::string user = localName(account.username);
    if (account.platform == "bluesky") {
        return {{"uri", "at://did:plc:" + Util::randomBase32(24) + "/app.bsky.feed.post/" +
                            Util::randomBase32(13)},
                {"cid", "bafyrei" + Util::randomBase32(52)}};
    }
    if (account.platform == "mastodon") {
        const std::string id = Util::randomDigits(18);
        return {{"id", id}, {"url", "https://mastodon.social/@" + user + "/" + id}};
    }
    if (account.platform == "threads") {
        return {
            {"id", Util::randomDigits(17)},
            {"permalink", "https://www.threads.net/@" + user + "/post/" + Util::randomBase32(11)}};
    }
    if (account.platform == "linkedin") {
        const std::string urn = "urn:li:share:" + Util::randomDigits(19);
        return {{"id", urn}, {"url", "https://www.linkedin.com/feed/update/" + urn + "/"}};
    }
    const std::string tweetId = Util::randomDigits(19);
    return {{"tweetId", tweetId}, {"url", "https://x.com/" + user + "/status/" + tweetId}};
}

std::string PlatformPublisher::publicUrl(const json &data)
{
    for (const char *field : {"url", "permalink", "uri"}) {
        if (data.contains(field))
            return data.at(field).get<std::string>();
    }
    return {};
}

void PlatformPublisher::charge(XaiUser &user, int credits)
{
    user.balance -= credits;
}

} // namespace CreatorDesk::Sandbox
