// SPDX-License-Identifier: GPL-3.0-or-later
// MediaAttachmentModel under QAbstractItemModelTester: states, progress, reorder, what the
// draft keeps; and ThreadMedia following the thread's rows and writing uploads back.
#include "drafts/ThreadModel.h"
#include "media/MediaAttachmentModel.h"
#include "media/MediaThumbnail.h"
#include "media/ThreadMedia.h"
#include "storage/LocalDraft.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace CreatorDesk;
using namespace Qt::StringLiterals;

class tst_MediaAttachments final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statesAndProgress();
    void reorderAndRemove();
    void threadMediaFollowsRows();
    void localDraftKeepsMedia();
    void thumbnailIsDecodedSmall();
};

namespace {
MediaProbe::Result file(const QString &name, qint64 size,
                        MediaProbe::Kind kind = MediaProbe::Kind::Image)
{
    MediaProbe::Result result;
    result.path = u"/pictures/"_s + name;
    result.fileName = name;
    result.size = size;
    result.kind = kind;
    result.format = MediaProbe::Format::Jpeg;
    return result;
}
} // namespace

void tst_MediaAttachments::statesAndProgress()
{
    MediaAttachmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy uploaded(&model, &MediaAttachmentModel::uploadedChanged);
    QCOMPARE(model.overallProgress(), -1.0);
    const int a = model.addFile(file(u"a.jpg"_s, 1000));
    const int b = model.addFile(file(u"b.jpg"_s, 3000));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.countIn(MediaAttachmentModel::State::Queued), 2);
    QCOMPARE(model.index(0).data(MediaAttachmentModel::StateTextRole).toString(),
             u"Waiting to upload"_s);
    QCOMPARE(model.overallProgress(), 0.0);

    model.setUploading(a, 500);
    model.setUploading(b, 1500);
    QCOMPARE(model.index(0).data(MediaAttachmentModel::ProgressRole).toDouble(), 0.5);
    QCOMPARE(model.overallProgress(), 0.5);
    QCOMPARE(model.index(1).data(MediaAttachmentModel::StateTextRole).toString(),
             u"Uploading, 50 %"_s);

    model.setUploaded(a, u"m-1"_s, QUrl(u"http://127.0.0.1/media/m-1"_s));
    QCOMPARE(uploaded.count(), 1);
    QCOMPARE(model.overallProgress(), 2500.0 / 4000.0);
    model.setFailed(b, u"the connection dropped"_s);
    QCOMPARE(model.index(1).data(MediaAttachmentModel::StateTextRole).toString(),
             u"Failed: the connection dropped"_s);
    // A failed file no longer counts; nothing pending is -1.
    QCOMPARE(model.overallProgress(), -1.0);
    QCOMPARE(model.activeKinds().size(), 1);

    const QList<DraftMedia> kept = model.uploadedMedia();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().mediaId, u"m-1"_s);
    QCOMPARE(kept.first().fileName, u"a.jpg"_s);
    QCOMPARE(kept.first().size, 1000);
    QCOMPARE(kept.first().type, u"image"_s);
    QCOMPARE(kept.first().localPath, u"/pictures/a.jpg"_s);

    model.setQueued(b);
    QCOMPARE(model.index(1).data(MediaAttachmentModel::ErrorRole).toString(), QString());
    model.setCancelled(b);
    QCOMPARE(model.countIn(MediaAttachmentModel::State::Cancelled), 1);
}

void tst_MediaAttachments::reorderAndRemove()
{
    MediaAttachmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QString &name : {u"1"_s, u"2"_s, u"3"_s}) {
        const int id = model.addFile(file(name, 10));
        model.setUploaded(id, u"m"_s + name, QUrl(u"http://x/"_s + name));
    }
    QSignalSpy uploaded(&model, &MediaAttachmentModel::uploadedChanged);
    QVERIFY(model.move(0, +1));
    QVERIFY(model.move(2, -2));
    QVERIFY(!model.move(0, -1));
    QStringList order;
    for (const DraftMedia &media : model.uploadedMedia())
        order.append(media.mediaId);
    QCOMPARE(order, (QStringList{u"m3"_s, u"m2"_s, u"m1"_s}));
    QCOMPARE(uploaded.count(), 2);
    QVERIFY(model.removeRows(1, 1));
    QCOMPARE(model.uploadedMedia().size(), 2);
    QCOMPARE(uploaded.count(), 3);

    model.resetUploaded({{u"x"_s, QUrl(u"http://x/x"_s), u"x.mp4"_s, 99, u"video"_s, {}}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(MediaAttachmentModel::KindRole).toInt(),
             int(MediaProbe::Kind::Video));
    QCOMPARE(model.index(0).data(MediaAttachmentModel::ProgressRole).toDouble(), 1.0);
}

void tst_MediaAttachments::threadMediaFollowsRows()
{
    ThreadModel thread;
    thread.setPosts({u"one"_s, u"two"_s});
    thread.setMedia(1, {{u"kept"_s, QUrl(u"http://x/k"_s), u"k.png"_s, 5, u"image"_s, {}}});
    ThreadMedia media(&thread);
    QCOMPARE(media.postCount(), 2);
    QCOMPARE(media.attachments(1)->rowCount(), 1);

    // An upload finishing is written back to its post.
    const int id = media.attachments(0)->addFile(file(u"new.jpg"_s, 7));
    media.attachments(0)->setUploaded(id, u"fresh"_s, QUrl(u"http://x/f"_s));
    QCOMPARE(thread.mediaIds(0), QStringList{u"fresh"_s});
    QCOMPARE(thread.media(0).first().fileName, u"new.jpg"_s);

    // Rows move, are inserted and removed with their media.
    MediaAttachmentModel *second = media.attachments(1);
    QVERIFY(thread.movePost(1, -1));
    QCOMPARE(media.attachments(0), second);
    thread.insertPost(1, u"middle"_s);
    QCOMPARE(media.postCount(), 3);
    QCOMPARE(media.attachments(1)->rowCount(), 0);
    QVERIFY(thread.removePost(1));
    QCOMPARE(media.postCount(), 2);

    // Merging posts brings the next post's media along.
    QVERIFY(thread.mergeWithNext(0));
    QCOMPARE(thread.mediaIds(0), (QStringList{u"kept"_s, u"fresh"_s}));
    QCOMPARE(media.attachments(0)->rowCount(), 2);

    // Rules apply to what is attached: X takes one video alone.
    QStringList refused = media.addFiles(0, {u"/does/not/exist.jpg"_s});
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().contains(u"does not exist"_s));
}

void tst_MediaAttachments::localDraftKeepsMedia()
{
    LocalDraft draft;
    draft.id = u"d1"_s;
    const DraftMedia photo{u"m-1"_s,       QUrl(u"http://127.0.0.1:1/media/m-1"_s),
                           u"photo.jpg"_s, 123456,
                           u"image"_s,     u"/home/me/photo.jpg"_s};
    const DraftMedia clip{u"m-2"_s,      QUrl(u"http://127.0.0.1:1/media/m-2"_s),
                          u"clip.mp4"_s, 987654321,
                          u"video"_s,    u"/home/me/clip.mp4"_s};
    draft.posts.append({u"first"_s, {photo.mediaId}, {photo}});
    draft.posts.append({u"second"_s, {clip.mediaId}, {clip}});
    const QJsonObject json = draft.toJson();
    // The ids stay where older builds look for them.
    QCOMPARE(json.value(u"posts"_s).toArray().at(1).toObject().value(u"mediaIds"_s).toArray().at(0),
             QJsonValue(u"m-2"_s));
    const std::optional<LocalDraft> back = LocalDraft::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->posts.at(0).media, QList<DraftMedia>{photo});
    QCOMPARE(back->posts.at(1).media, QList<DraftMedia>{clip});
    QCOMPARE(back->posts.at(1).mediaIds, QStringList{u"m-2"_s});

    // A file from before media were kept in full: the ids alone come back, as media with an id.
    QJsonObject old = json;
    QJsonArray posts = old.value(u"posts"_s).toArray();
    QJsonObject first = posts.at(0).toObject();
    first.remove(u"media"_s);
    posts.replace(0, first);
    old.insert(u"posts"_s, posts);
    const std::optional<LocalDraft> older = LocalDraft::fromJson(old);
    QVERIFY(older);
    QCOMPARE(older->posts.at(0).mediaIds, QStringList{u"m-1"_s});
    QCOMPARE(older->posts.at(0).media.size(), 1);
    QCOMPARE(older->posts.at(0).media.first().mediaId, u"m-1"_s);
    // ... and are shown, so a later upload to that post keeps them.
    ThreadModel thread;
    thread.setPosts({u"first"_s});
    thread.setMedia(0, older->posts.at(0).media);
    ThreadMedia media(&thread);
    QCOMPARE(media.attachments(0)->rowCount(), 1);
    const int id = media.attachments(0)->addFile(file(u"new.png"_s, 10));
    media.attachments(0)->setUploaded(id, u"m-9"_s, QUrl(u"http://x/9"_s));
    QCOMPARE(thread.mediaIds(0), (QStringList{u"m-1"_s, u"m-9"_s}));
}

void tst_MediaAttachments::thumbnailIsDecodedSmall()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"wide.png"_s);
    QImage image(2000, 1000, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QVERIFY(image.save(path));
    const QImage thumbnail = MediaThumbnail::load(path, 96);
    QCOMPARE(thumbnail.size(), QSize(96, 48));
    QVERIFY(MediaThumbnail::load(dir.filePath(u"missing.png"_s), 96).isNull());
}

QTEST_GUILESS_MAIN(tst_MediaAttachments)
#include "tst_mediaattachments.moc"
