// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalDraft.h"

#include <QJsonArray>

namespace CreatorDesk {

namespace {
QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
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
    return QJsonObject{{QStringLiteral("format"), 1},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("socialSetId"), socialSetId},
                       {QStringLiteral("accounts"), accountArray},
                       {QStringLiteral("posts"), postArray},
                       {QStringLiteral("serverCopies"), copyArray},
                       {QStringLiteral("created"), isoUtc(created)},
                       {QStringLiteral("modified"), isoUtc(modified)}};
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
