// SPDX-License-Identifier: GPL-3.0-or-later
// The validation table: the API's size limits per kind, each platform's count and mixing rules,
// selections for several platforms at once, and bad files passing their probe's sentence on.
#include "media/MediaRules.h"

#include <QTest>

using namespace CreatorDesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CreatorDesk::MediaProbe::Result)
Q_DECLARE_METATYPE(QList<CreatorDesk::MediaProbe::Kind>)
Q_DECLARE_METATYPE(QList<CreatorDesk::Platform>)

class tst_MediaRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusal_data();
    void refusal();
    void problemsAfterTargetsChange_data();
    void problemsAfterTargetsChange();
};

namespace {
using K = MediaProbe::Kind;
constexpr qint64 MB = 1024 * 1024;

MediaProbe::Result file(K kind, qint64 size, const QString &name = u"file"_s)
{
    MediaProbe::Result result;
    result.path = u"/tmp/"_s + name;
    result.fileName = name;
    result.kind = kind;
    result.format = kind == K::Video ? MediaProbe::Format::Mp4
                    : kind == K::Gif ? MediaProbe::Format::Gif
                                     : MediaProbe::Format::Jpeg;
    result.size = size;
    return result;
}

QList<K> times(int n, K kind)
{
    return QList<K>(n, kind);
}
} // namespace

void tst_MediaRules::refusal_data()
{
    QTest::addColumn<QList<Platform>>("platforms");
    QTest::addColumn<QList<K>>("attached");
    QTest::addColumn<MediaProbe::Result>("candidate");
    QTest::addColumn<QString>("refusal"); // empty: allowed; else a part of the sentence

    const QList<Platform> x{Platform::Twitter};
    const QList<Platform> bsky{Platform::Bluesky};
    const QList<Platform> masto{Platform::Mastodon};
    const QList<Platform> threads{Platform::Threads};
    const QList<Platform> linkedin{Platform::LinkedIn};
    const QList<Platform> all = allPlatforms();
    const K img = K::Image;
    const K gif = K::Gif;
    const K vid = K::Video;

    // Sizes: images 5 MB, GIFs 15 MB, videos 512 MB, on the dot and one byte over.
    QTest::newRow("image 5 MB") << x << QList<K>{} << file(img, 5 * MB) << QString();
    QTest::newRow("image 5 MB + 1") << x << QList<K>{} << file(img, 5 * MB + 1, u"big.jpg"_s)
                                    << u"big.jpg is 5.0 MB; a picture may be at most 5 MB."_s;
    QTest::newRow("gif 15 MB") << x << QList<K>{} << file(gif, 15 * MB) << QString();
    QTest::newRow("gif 15 MB + 1")
        << x << QList<K>{} << file(gif, 15 * MB + 1) << u"a GIF may be at most 15 MB"_s;
    QTest::newRow("video 512 MB") << x << QList<K>{} << file(vid, 512 * MB) << QString();
    QTest::newRow("video 512 MB + 1")
        << x << QList<K>{} << file(vid, 512 * MB + 1) << u"a video may be at most 512 MB"_s;

    // X: 4 images or 1 video.
    QTest::newRow("x 4th image") << x << times(3, img) << file(img, MB) << QString();
    QTest::newRow("x 5th image") << x << times(4, img) << file(img, MB, u"e.jpg"_s)
                                 << u"X takes at most 4 pictures per post; e.jpg was not added."_s;
    QTest::newRow("x gif counts as image")
        << x << times(4, img) << file(gif, MB) << u"at most 4 pictures"_s;
    QTest::newRow("x video alone") << x << QList<K>{} << file(vid, MB) << QString();
    QTest::newRow("x 2nd video") << x << times(1, vid) << file(vid, MB)
                                 << u"X takes one video per post"_s;
    QTest::newRow("x video after image") << x << times(1, img) << file(vid, MB)
                                         << u"On X a video cannot share a post with pictures"_s;
    QTest::newRow("x image after video")
        << x << times(1, vid) << file(img, MB) << u"On X a post with a video takes nothing else"_s;

    // Bluesky and Mastodon: 4 images, no video.
    QTest::newRow("bluesky 4th image") << bsky << times(3, img) << file(img, MB) << QString();
    QTest::newRow("bluesky 5th image")
        << bsky << times(4, img) << file(img, MB) << u"Bluesky takes at most 4 pictures"_s;
    QTest::newRow("bluesky video") << bsky << QList<K>{} << file(vid, MB, u"clip.mp4"_s)
                                   << u"Bluesky takes pictures only, no videos; clip.mp4"_s;
    QTest::newRow("mastodon 4th image") << masto << times(3, img) << file(img, MB) << QString();
    QTest::newRow("mastodon 5th image")
        << masto << times(4, img) << file(img, MB) << u"Mastodon takes at most 4 pictures"_s;
    QTest::newRow("mastodon video")
        << masto << QList<K>{} << file(vid, MB) << u"Mastodon takes pictures only"_s;

    // Threads: 10 photos or 1 video.
    QTest::newRow("threads 10th photo") << threads << times(9, img) << file(img, MB) << QString();
    QTest::newRow("threads 11th photo")
        << threads << times(10, img) << file(img, MB) << u"Threads takes at most 10 pictures"_s;
    QTest::newRow("threads video") << threads << QList<K>{} << file(vid, MB) << QString();
    QTest::newRow("threads video + photo")
        << threads << times(1, vid) << file(img, MB) << u"On Threads a post with a video"_s;

    // LinkedIn: 20 images.
    QTest::newRow("linkedin 20th image")
        << linkedin << times(19, img) << file(img, MB) << QString();
    QTest::newRow("linkedin 21st image")
        << linkedin << times(20, img) << file(img, MB) << u"LinkedIn takes at most 20 pictures"_s;
    QTest::newRow("linkedin video")
        << linkedin << QList<K>{} << file(vid, MB) << u"LinkedIn takes pictures only"_s;

    // Several platforms: the strictest rule refuses first.
    QTest::newRow("threads+linkedin 5 images")
        << QList<Platform>{Platform::Threads, Platform::LinkedIn} << times(4, img) << file(img, MB)
        << QString();
    QTest::newRow("threads+x 5 images")
        << QList<Platform>{Platform::Threads, Platform::Twitter} << times(4, img) << file(img, MB)
        << u"X takes at most 4 pictures"_s;
    QTest::newRow("x+bluesky video")
        << QList<Platform>{Platform::Twitter, Platform::Bluesky} << QList<K>{} << file(vid, MB)
        << u"Bluesky takes pictures only"_s;
    QTest::newRow("all 4 images") << all << times(3, img) << file(img, MB) << QString();
    QTest::newRow("all mixed gif+image") << all << QList<K>{gif, img} << file(img, MB) << QString();

    // A bad file's own sentence comes through.
    MediaProbe::Result empty = file(img, 0, u"zero.jpg"_s);
    empty.problem = MediaProbe::Problem::Empty;
    empty.message = u"zero.jpg is empty (0 bytes); nothing was added."_s;
    QTest::newRow("empty file") << x << QList<K>{} << empty << u"zero.jpg is empty"_s;
    MediaProbe::Result folder = file(img, 0, u"trip"_s);
    folder.problem = MediaProbe::Problem::Folder;
    folder.message = u"trip is a folder"_s;
    QTest::newRow("folder") << all << QList<K>{} << folder << u"trip is a folder"_s;
}

void tst_MediaRules::refusal()
{
    QFETCH(QList<Platform>, platforms);
    QFETCH(QList<K>, attached);
    QFETCH(MediaProbe::Result, candidate);
    QFETCH(QString, refusal);
    const QString said = MediaRules::refusal(platforms, attached, candidate);
    if (refusal.isEmpty())
        QVERIFY2(said.isEmpty(), qPrintable(said));
    else
        QVERIFY2(said.contains(refusal), qPrintable(said));
}

void tst_MediaRules::problemsAfterTargetsChange_data()
{
    QTest::addColumn<QList<Platform>>("platforms");
    QTest::addColumn<QList<K>>("attached");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("fine") << QList<Platform>{Platform::Twitter} << times(4, K::Image)
                          << QStringList();
    QTest::newRow("threads photos on x")
        << QList<Platform>{Platform::Threads, Platform::Twitter} << times(7, K::Image)
        << QStringList{u"X takes at most 4 pictures per post; this post has 7."_s};
    QTest::newRow("video on bluesky and linkedin")
        << QList<Platform>{Platform::Bluesky, Platform::LinkedIn, Platform::Twitter}
        << times(1, K::Video)
        << QStringList{u"Bluesky takes pictures only; remove the video or that account."_s,
                       u"LinkedIn takes pictures only; remove the video or that account."_s};
}

void tst_MediaRules::problemsAfterTargetsChange()
{
    QFETCH(QList<Platform>, platforms);
    QFETCH(QList<K>, attached);
    QFETCH(QStringList, problems);
    QCOMPARE(MediaRules::problems(platforms, attached), problems);
}

QTEST_GUILESS_MAIN(tst_MediaRules)
#include "tst_mediarules.moc"
