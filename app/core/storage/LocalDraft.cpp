// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/LocalDraft.h"

#include <algorithm>

#include <QJsonArray>

namespace CreatorDesk {

namespace {
QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// "2026-01-02T03:04:05.678Z", the form isoUtc() writes, read without QDateTime's general
// parser (a long drafts list reads three of these per draft); anything else goes to it.
std::optional<QDateTime> fromOwnIso(QStringView text)
{
    constexpr qsizetype Length = 24;
    if (text.size() != Length || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' ||
        text.at(13) != u':' || text.at(16) != u':' || text.at(19) != u'.' || text.at(23) != u'Z')
        return std::nullopt;
    auto number = [text](qsizetype from, qsizetype digits) {
        int value = 0;
        for (qsizetype i = from; i < from + digits; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int fields[] = {number(0, 4),  number(5, 2),  number(8, 2), number(11, 2),
                          number(14, 2), number(17, 2), number(20, 3)};
    // Not a digit somewhere: not this form (found by fuzz_draftfile: "20.6-01-01..." was read
    // as the year -1).
    if (std::any_of(std::begin(fields), std::end(fields), [](int field) { return field < 0; }))
        return std::nullopt;
    const QDate date(fields[0], fields[1], fields[2]);
    const QTime time(fields[3], fields[4], fields[5], fields[6]);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QDateTime fromIso(const QJsonValue &value)
{
    const QString text = value.toString();
    if (std::optional<QDateTime> own = fromOwnIso(text))
        return *own;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}
} // namespace

QJsonObject LocalDraft::toJson() const
{
    QJsonArray postArray;
    for (const Post &post : posts) {
        QJsonObject item{{QStringLiteral("text"), post.text}};
        if (!post.mediaIds.isEmpty())
            item.insert(QStringLiteral("mediaIds"), QJsonArray::fromStringList(post.mediaIds));
        if (!post.media.isEmpty()) {
            QJsonArray mediaArray;
            for (const DraftMedia &media : post.media)
                mediaArray.append(media.toJson());
            item.insert(QStringLiteral("media"), mediaArray);
        }
        postArray.append(item);
    }
    QJsonArray accountArray;
    for (const Account &account : accounts)
        accountArray.append(QJsonObject{{QStringLiteral("accountId"), account.accountId},
                                        {QStringLiteral("socialSetId"), account.socialSetId},
                                        {QStringLiteral("platform"), account.platform},
                                        {QStringLiteral("username"), account.username}});
    QJsonArray copyArray;
    for (const ServerCopy &copy : serverCopies)
        copyArray.append(QJsonObject{{QStringLiteral("id"), copy.id},
                                     {QStringLiteral("savedAt"), isoUtc(copy.savedAt)}});
    QJsonObject object{
        {QStringLiteral("format"), 1},
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("socialSetId"), socialSetId},
        {QStringLiteral("accounts"), accountArray},
        {QStringLiteral("posts"), postArray},
        {QStringLiteral("serverCopies"), copyArray},
        {QStringLiteral("created"), isoUtc(created)},
        {QStringLiteral("modified"), isoUtc(modified)},
        {QStringLiteral("place"), QJsonObject{{QStringLiteral("post"), place.post},
                                              {QStringLiteral("cursor"), place.cursor},
                                              {QStringLiteral("scroll"), place.scroll}}}};
    if (scheduledFor.isValid())
        object.insert(QStringLiteral("scheduledFor"), isoUtc(scheduledFor));
    if (!language.isEmpty())
        object.insert(QStringLiteral("language"), language);
    return object;
}

std::optional<LocalDraft> LocalDraft::fromJson(const QJsonObject &object)
{
    const QJsonValue postsValue = object.value(QStringLiteral("posts"));
    LocalDraft draft;
    draft.id = object.value(QStringLiteral("id")).toString();
    if (draft.id.isEmpty() || !postsValue.isArray())
        return std::nullopt;
    draft.title = object.value(QStringLiteral("title")).toString();
    draft.socialSetId = object.value(QStringLiteral("socialSetId")).toString();
    for (const QJsonValue &value : postsValue.toArray()) {
        const QJsonObject item = value.toObject();
        Post post;
        post.text = item.value(QStringLiteral("text")).toString();
        for (const QJsonValue &media : item.value(QStringLiteral("mediaIds")).toArray())
            post.mediaIds.append(media.toString());
        for (const QJsonValue &media : item.value(QStringLiteral("media")).toArray())
            post.media.append(DraftMedia::fromJson(media.toObject()));
        if (post.media.isEmpty()) { // written before media were kept in full: ids only
            for (const QString &mediaId : std::as_const(post.mediaIds))
                post.media.append(DraftMedia{mediaId, {}, {}, 0, {}, {}});
        }
        draft.posts.append(post);
    }
    if (draft.posts.isEmpty())
        draft.posts.append(Post{});
    for (const QJsonValue &value : object.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject item = value.toObject();
        draft.accounts.append({item.value(QStringLiteral("accountId")).toString(),
                               item.value(QStringLiteral("socialSetId")).toString(),
                               item.value(QStringLiteral("platform")).toString(),
                               item.value(QStringLiteral("username")).toString()});
    }
    const QJsonObject place = object.value(QStringLiteral("place")).toObject();
    draft.place.post = qMax(0, place.value(QStringLiteral("post")).toInt());
    draft.place.cursor = qMax(0, place.value(QStringLiteral("cursor")).toInt());
    draft.place.scroll = qMax(0, place.value(QStringLiteral("scroll")).toInt());
    if (object.contains(QStringLiteral("scheduledFor")))
        draft.scheduledFor = fromIso(object.value(QStringLiteral("scheduledFor")));
    draft.language = object.value(QStringLiteral("language")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("serverCopies")).toArray()) {
        const QJsonObject item = value.toObject();
        draft.serverCopies.append({item.value(QStringLiteral("id")).toString(),
                                   fromIso(item.value(QStringLiteral("savedAt")))});
    }
    draft.created = fromIso(object.value(QStringLiteral("created")));
    draft.modified = fromIso(object.value(QStringLiteral("modified")));
    return draft;
}

} // namespace CreatorDesk
