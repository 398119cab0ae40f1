// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SingleRowMoveListModel.h"
#include "storage/DraftMedia.h"
#include "text/PlatformCounts.h"

#include <QHash>

#include <QList>
#include <QStringList>

namespace CreatorDesk {

// The posts of one draft, one row each, counted for the targeted platforms. Setting a row's
// text recounts that row only and emits dataChanged for it alone.
class ThreadModel final : public SingleRowMoveListModel
{
    Q_OBJECT

public:
    enum Role {
        TextRole = Qt::UserRole + 1,
        CountsRole,            // QList<PlatformCount>, one per targeted platform, in their order
        ValidRole,             // bool: valid on every targeted platform
        OverLimitStartRole,    // of the strictest platform; -1 when the post fits everywhere
        OverLimitLengthRole,   // UTF-16 units
        StrictestPlatformRole, // int(Platform) whose limit cuts earliest; -1 when it fits
        MediaIdsRole,          // QStringList
        MediaRole,             // QList<DraftMedia>: the uploaded media with their details
    };
    Q_ENUM(Role)

    explicit ThreadModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    QList<Platform> platforms() const { return m_platforms; }
    // Recounts every row (a changed target list changes every counter).
    void setPlatforms(const QList<Platform> &platforms);
    PlatformCounts::Settings settings() const { return m_settings; }
    // The targeted accounts' limits, and for each platform a sentence on where its limit
    // comes from (shown with the counters).
    void setSettings(const PlatformCounts::Settings &settings,
                     const QHash<Platform, QString> &limitNotes = {});
    QString limitNote(Platform platform) const { return m_limitNotes.value(platform); }

    QString text(int row) const { return m_posts.at(row).text; }
    QStringList texts() const;
    QStringList mediaIds(int row) const { return m_posts.at(row).mediaIds; }
    QList<PlatformCount> counts(int row) const { return m_posts.at(row).counts; }
    QList<DraftMedia> media(int row) const { return m_posts.at(row).media; }
    // Sets a post's uploaded media; its mediaIds follow.
    bool setMedia(int row, const QList<DraftMedia> &media);
    bool allValid() const;

    // Replaces every post (at least one, empty, remains).
    void setPosts(const QStringList &texts, const QList<QStringList> &mediaIds = {});
    bool setText(int row, const QString &text);
    // Inserts a post at `row` (0..rowCount()); returns its row.
    int insertPost(int row, const QString &text = {});
    // The last post stays: deleting it only empties it.
    bool removePost(int row);
    // Moves one post up (-1) or down (+1).
    bool movePost(int row, int delta);
    // Text before `position` stays, the rest becomes a new post after it.
    bool splitPost(int row, qsizetype position);
    // Appends the next post's text (after a line break) and removes the next post.
    bool mergeWithNext(int row);
    // Replaces one post by several (the result of ThreadSplitter).
    bool replacePost(int row, const QStringList &texts);

Q_SIGNALS:
    // Text or structure changed (not emitted for a recount after setPlatforms).
    void contentChanged();

private:
    struct Post
    {
        QString text;
        QStringList mediaIds;
        QList<PlatformCount> counts;
        int strictest = -1; // index into counts
        QList<DraftMedia> media = {};
    };
    void recount(Post &post) const;

    QList<Post> m_posts;
    QList<Platform> m_platforms{Platform::Twitter};
    PlatformCounts::Settings m_settings;
    QHash<Platform, QString> m_limitNotes;
};

} // namespace CreatorDesk

Q_DECLARE_METATYPE(QList<CreatorDesk::PlatformCount>)
Q_DECLARE_METATYPE(QList<CreatorDesk::DraftMedia>)
