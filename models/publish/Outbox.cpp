// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/Outbox.h"

#include "storage/AppPaths.h"
#include "storage/DataFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace CreatorDesk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::Outbox)
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

// The uploaded media of each post travel with the entry, so a publish sent from the outbox
// carries the same pictures as one sent at once.
QJsonArray mediaToJson(const QList<QList<DraftMedia>> &media)
{
    QJsonArray posts;
    for (const QList<DraftMedia> &post : media) {
        QJsonArray items;
        for (const DraftMedia &item : post)
            items.append(item.toJson());
        posts.append(items);
    }
    return posts;
}

QList<QList<DraftMedia>> mediaFromJson(const QJsonValue &value)
{
    QList<QList<DraftMedia>> media;
    for (const QJsonValue &post : value.toArray()) {
        QList<DraftMedia> items;
        for (const QJsonValue &item : post.toArray())
            items.append(DraftMedia::fromJson(item.toObject()));
        media.append(items);
    }
    return media;
}

QJsonObject toJson(const OutboxEntry &entry)
{
    QJsonArray accounts;
    for (const SocialAccount &account : entry.accounts)
        accounts.append(QJsonObject{{QStringLiteral("accountId"), account.accountId},
                                    {QStringLiteral("platform"), account.platformName},
                                    {QStringLiteral("username"), account.username}});
    QJsonObject options{{QStringLiteral("replyControl"), int(entry.options.replyControl)},
                        {QStringLiteral("visibility"), int(entry.options.visibility)},
                        {QStringLiteral("langs"), toArray(entry.options.langs)},
                        {QStringLiteral("quoteTweetId"), entry.options.quoteTweetId}};
    // The limits it was checked with: sent again later, a long post to an X Premium account
    // must not be refused by the default limit.
    QJsonObject limits;
    for (auto it = entry.options.accountLimits.cbegin(); it != entry.options.accountLimits.cend();
         ++it)
        limits.insert(it.key(), QJsonObject{{QStringLiteral("xPremium"), it->xPremium},
                                            {QStringLiteral("mastodonMaxCharacters"),
                                             it->mastodon.maxCharacters},
                                            {QStringLiteral("mastodonReservedPerUrl"),
                                             it->mastodon.charactersReservedPerUrl}});
    if (!limits.isEmpty())
        options.insert(QStringLiteral("accountLimits"), limits);
    if (entry.options.community)
        options.insert(
            QStringLiteral("community"),
            QJsonObject{{QStringLiteral("id"), entry.options.community->id},
                        {QStringLiteral("name"), entry.options.community->name},
                        {QStringLiteral("description"), entry.options.community->description}});
    return {{QStringLiteral("id"), entry.id},
            {QStringLiteral("queuedAt"), entry.queuedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("connection"), entry.connection},
            {QStringLiteral("title"), entry.draft.title},
            {QStringLiteral("posts"), toArray(entry.draft.posts)},
            {QStringLiteral("media"), mediaToJson(entry.draft.media)},
            {QStringLiteral("socialSetId"), entry.draft.socialSetId},
            {QStringLiteral("serverDraftId"), entry.draft.serverDraftId},
            {QStringLiteral("jobId"), entry.draft.jobId},
            {QStringLiteral("accounts"), accounts},
            {QStringLiteral("options"), options}};
}

std::optional<OutboxEntry> fromJson(const QJsonObject &object)
{
    OutboxEntry entry;
    entry.id = object.value(QStringLiteral("id")).toString();
    entry.connection = object.value(QStringLiteral("connection")).toString();
    entry.queuedAt = QDateTime::fromString(object.value(QStringLiteral("queuedAt")).toString(),
                                           Qt::ISODateWithMs);
    entry.draft.title = object.value(QStringLiteral("title")).toString();
    entry.draft.posts = toStringList(object.value(QStringLiteral("posts")));
    entry.draft.media = mediaFromJson(object.value(QStringLiteral("media")));
    entry.draft.socialSetId = object.value(QStringLiteral("socialSetId")).toString();
    entry.draft.serverDraftId = object.value(QStringLiteral("serverDraftId")).toString();
    entry.draft.jobId = object.value(QStringLiteral("jobId")).toString();
    const QJsonArray accounts = object.value(QStringLiteral("accounts")).toArray();
    for (const QJsonValue &value : accounts) {
        const QJsonObject account = value.toObject();
        const QString platform = account.value(QStringLiteral("platform")).toString();
        entry.accounts.append({account.value(QStringLiteral("accountId")).toString(), platform,
                               platformFromId(platform),
                               account.value(QStringLiteral("username")).toString()});
    }
    const QJsonObject options = object.value(QStringLiteral("options")).toObject();
    const int reply = options.value(QStringLiteral("replyControl")).toInt();
    const int visibility = options.value(QStringLiteral("visibility")).toInt();
    if (reply >= int(ReplyControl::Default) && reply <= int(ReplyControl::MentionedOnly))
        entry.options.replyControl = ReplyControl(reply);
    if (visibility >= int(LinkedInVisibility::Default) &&
        visibility <= int(LinkedInVisibility::LoggedIn))
        entry.options.visibility = LinkedInVisibility(visibility);
    entry.options.langs = toStringList(options.value(QStringLiteral("langs")));
    entry.options.quoteTweetId = options.value(QStringLiteral("quoteTweetId")).toString();
    const QJsonObject limits = options.value(QStringLiteral("accountLimits")).toObject();
    for (auto it = limits.constBegin(); it != limits.constEnd(); ++it) {
        const QJsonObject account = it.value().toObject();
        PlatformLimits own;
        own.xPremium = account.value(QStringLiteral("xPremium")).toBool();
        own.mastodon.maxCharacters = account.value(QStringLiteral("mastodonMaxCharacters"))
                                         .toInt(own.mastodon.maxCharacters);
        own.mastodon.charactersReservedPerUrl =
            account.value(QStringLiteral("mastodonReservedPerUrl"))
                .toInt(own.mastodon.charactersReservedPerUrl);
        if (own.mastodon.maxCharacters > 0 && own.mastodon.charactersReservedPerUrl > 0)
            entry.options.accountLimits.insert(it.key(), own);
    }
    if (options.contains(QStringLiteral("community"))) {
        const QJsonObject community = options.value(QStringLiteral("community")).toObject();
        entry.options.community =
            Community{community.value(QStringLiteral("id")).toString(),
                      community.value(QStringLiteral("name")).toString(),
                      community.value(QStringLiteral("description")).toString()};
    }
    if (entry.id.isEmpty() || entry.draft.posts.isEmpty() || entry.accounts.isEmpty())
        return std::nullopt;
    return entry;
}

} // namespace

Outbox::Outbox(const QString &file, QObject *parent)
    : QObject(parent)
    , m_file(file.isEmpty() ? AppPaths::outboxFile() : file)
{
    reload();
}

void Outbox::reload()
{
    m_entries.clear();
    if (const DataFile::Read read = DataFile::read(m_file); read.bytes) {
        const QJsonArray array = QJsonDocument::fromJson(*read.bytes).array();
        for (const QJsonValue &value : array) {
            if (auto entry = fromJson(value.toObject()))
                m_entries.append(*entry);
        }
    }
    Q_EMIT changed();
}

QString Outbox::add(const QString &connection, PublishDraft draft,
                    const QList<SocialAccount> &accounts, const PublishOptions &options)
{
    if (draft.jobId.isEmpty())
        draft.jobId = newId();
    OutboxEntry entry{
        newId(), QDateTime::currentDateTimeUtc(), connection, std::move(draft), accounts, options};
    m_entries.append(entry);
    save();
    Q_EMIT changed();
    return entry.id;
}

QList<OutboxEntry> Outbox::entriesFor(const QString &connection) const
{
    QList<OutboxEntry> entries;
    for (const OutboxEntry &entry : m_entries) {
        if (entry.connection == connection)
            entries.append(entry);
    }
    return entries;
}

bool Outbox::remove(const QString &id)
{
    const auto removed = m_entries.removeIf([&id](const OutboxEntry &e) { return e.id == id; });
    if (removed == 0)
        return false;
    save();
    Q_EMIT changed();
    return true;
}

bool Outbox::save()
{
    QJsonArray array;
    for (const OutboxEntry &entry : std::as_const(m_entries))
        array.append(toJson(entry));
    if (const QString error = DataFile::write(m_file, QJsonDocument(array).toJson());
        !error.isEmpty()) {
        m_error = Tr::tr("The outbox could not be written to %1: %2")
                      .arg(QDir::toNativeSeparators(m_file), error);
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace CreatorDesk
